package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * POST /v1/revocations: the serial (hex) and an RFC 5280 reason as named by
 * {@link org.vtpmconsole.pki.RevocationReason} (e.g. KEY_COMPROMISE).
 */
public record RevocationRequest(String serial, String reason) {

	public RevocationRequest {
		MessageFields.token(serial, "serial", 64);
		MessageFields.token(reason, "reason", 32);
	}
}
