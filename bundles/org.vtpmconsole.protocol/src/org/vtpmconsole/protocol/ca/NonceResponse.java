package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * An enrollment nonce: single use, valid until {@code expiresAt} (ISO-8601 instant).
 */
public record NonceResponse(byte[] nonce, String expiresAt) {

	public NonceResponse {
		MessageFields.required(nonce, "nonce");
		MessageFields.required(expiresAt, "expiresAt");
	}
}
