package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;

/**
 * What a challenger asks a host for (SPEC §9.1): a fresh nonce of 16 to 64 bytes, the VMs (empty: all of the
 * host's), and the mode.
 */
public record AttestationRequest(byte[] nonce, List<UUID> vms, AttestationMode mode) {
	public static final int MIN_NONCE = 16;
	public static final int MAX_NONCE = 64;

	public AttestationRequest {
		if (nonce == null || nonce.length < MIN_NONCE || nonce.length > MAX_NONCE)
			throw new IllegalArgumentException("nonce must be " + MIN_NONCE + " to " + MAX_NONCE + " bytes, not "
					+ (nonce == null ? "missing" : nonce.length));
		if (mode == null)
			throw new IllegalArgumentException("mode is missing");
		nonce = nonce.clone();
		vms = List.copyOf(vms);
		if (vms.stream().distinct().count() != vms.size())
			throw new IllegalArgumentException("a VM is named twice in " + vms);
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}
}
