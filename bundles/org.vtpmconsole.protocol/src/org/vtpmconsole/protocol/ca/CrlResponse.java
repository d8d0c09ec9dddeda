package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.protocol.http.MessageFields;

/** The CA's current CRL, DER in base64. */
public record CrlResponse(byte[] crl) {

	public CrlResponse {
		MessageFields.required(crl, "crl");
	}
}
