package org.vtpmconsole.attest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * H_i = SHA-256(pcr_0 ‖ … ‖ pcr_23 ‖ trail_24 ‖ … ‖ trail_31 ‖ SHA-256(uuid text) ‖ nonce) (SPEC §9.1), the value a
 * VM's quote or Merkle leaf binds; the uuid text is the lower-case 36-character form, as in the evidence JSON.
 */
public final class EvidenceHash {
	private EvidenceHash() {
	}

	public static byte[] of(VmMeasurements vm, byte[] nonce) {
		ByteArrayOutputStream input = new ByteArrayOutputStream();
		vm.pcrs().forEach(input::writeBytes);
		vm.trail().forEach(input::writeBytes);
		input.writeBytes(uuidHash(vm));
		input.writeBytes(nonce);
		return TpmHash.SHA256.digest(input.toByteArray());
	}

	static byte[] uuidHash(VmMeasurements vm) {
		return TpmHash.SHA256.digest(vm.uuid().toString().getBytes(StandardCharsets.US_ASCII));
	}
}
