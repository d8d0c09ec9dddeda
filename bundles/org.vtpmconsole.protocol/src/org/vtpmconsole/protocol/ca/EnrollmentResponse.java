package org.vtpmconsole.protocol.ca;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * The answer to a proven activation: the certificate the CA issued only now (DER), and its serial. A certificate
 * is public; the channel is mutual TLS.
 */
public record EnrollmentResponse(String serial, byte[] certificate) {

	public EnrollmentResponse {
		MessageFields.required(serial, "serial");
		MessageFields.required(certificate, "certificate");
	}

	/** CertificateException if the CA sent something else than an X.509 certificate. */
	public X509Certificate x509() throws CertificateException {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificate));
	}
}
