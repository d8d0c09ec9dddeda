package org.vtpmconsole.protocol.ca;

/** The CA's current CRL, DER in base64. */
public record CrlResponse(byte[] crl) {

	public CrlResponse {
		Fields.required(crl, "crl");
	}
}
