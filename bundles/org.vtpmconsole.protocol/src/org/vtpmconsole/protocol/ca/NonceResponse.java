package org.vtpmconsole.protocol.ca;

/**
 * An enrollment nonce: single use, valid until {@code expiresAt} (ISO-8601 instant).
 */
public record NonceResponse(byte[] nonce, String expiresAt) {

	public NonceResponse {
		Fields.required(nonce, "nonce");
		Fields.required(expiresAt, "expiresAt");
	}
}
