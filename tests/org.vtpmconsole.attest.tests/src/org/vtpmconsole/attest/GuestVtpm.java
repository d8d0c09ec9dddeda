package org.vtpmconsole.attest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * A lab guest's measurements made on a real vTPM: a fresh swtpm that the "guest" extends, whose 24 SHA-256 PCRs are
 * then read back from the TPM, with the log of what was sent (what the gateway will record). The vPCRs are the
 * TPM's, not computed here, so a replay that matches them agrees with a real TPM.
 */
final class GuestVtpm {
	/** One extend the guest makes: the PCR and the text whose SHA-256 it extends. */
	record Measurement(int pcr, String text) {
	}

	private GuestVtpm() {
	}

	static VmMeasurements measure(UUID uuid, Measurement... measurements) throws Exception {
		try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm vtpm = HostTpms.open(swtpm.address())) {
			List<MeasurementRecord> log = new ArrayList<>();
			for (Measurement measurement : measurements) {
				byte[] digest = TpmHash.SHA256.digest(measurement.text().getBytes(StandardCharsets.UTF_8));
				vtpm.pcrExtend(measurement.pcr(), Map.of(TpmHash.SHA256, digest));
				log.add(MeasurementRecord.extend(log.size() + 1, measurement.pcr(), digest));
			}
			PcrValues values = vtpm.pcrRead(PcrSelection.of(TpmHash.SHA256, IntStream.range(0, 24).toArray()));
			List<byte[]> pcrs = IntStream.range(0, 24).mapToObj(pcr -> values.get(TpmHash.SHA256, pcr)).toList();
			return new VmMeasurements(uuid, pcrs, zeroTrail(), log, List.of());
		}
	}

	/** A lab guest booted by SeaBIOS and grub whose application extends PCR 16 with its own name. */
	static VmMeasurements labGuest(String application) throws Exception {
		return measure(UUID.randomUUID(), new Measurement(0, "SeaBIOS"), new Measurement(4, "grub"),
				new Measurement(16, application));
	}

	static List<byte[]> zeroTrail() {
		return Collections.nCopies(VmMeasurements.TRAIL_COUNT, new byte[VmMeasurements.DIGEST_BYTES]);
	}
}
