package org.vtpmconsole.protocol.agent;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * POST /v1/host/rsa-local/certification: the caller's nonce ({@value #MIN_NONCE} to {@value #MAX_NONCE} bytes), which
 * the TPM signs into the certification so that an old answer cannot be replayed.
 */
public record CertificationRequest(byte[] nonce) {
	public static final int MIN_NONCE = 16;
	public static final int MAX_NONCE = 64;

	public CertificationRequest {
		MessageFields.required(nonce, "nonce");
		if (nonce.length < MIN_NONCE || nonce.length > MAX_NONCE) {
			throw new IllegalArgumentException(
					"field 'nonce' must be " + MIN_NONCE + " to " + MAX_NONCE + " bytes, not " + nonce.length);
		}
		nonce = nonce.clone();
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}
}
