package org.vtpmconsole.protocol.ca;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;

import org.vtpmconsole.protocol.http.MessageFields;

/** The CA's current CRL, DER in base64. */
public record CrlResponse(byte[] crl) {

	public CrlResponse {
		MessageFields.required(crl, "crl");
	}

	/** CRLException if the bytes are no X.509 CRL; checking it is the adopter's job. */
	public X509CRL x509() throws CRLException {
		try {
			return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crl));
		} catch (CertificateException e) {
			throw new CRLException("no X.509 factory", e);
		}
	}
}
