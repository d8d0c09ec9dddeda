package org.vtpmconsole.protocol.ca;

import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.protocol.http.MessageFields;

/**
 * One directory entry: what the CA recorded about a certificate, and the certificate itself (DER, base64). Times
 * are ISO-8601 instants; {@code tpmName} is hex; {@code status} is valid, revoked or expired.
 */
public record CertificateInfo(String serial, String role, String subject, List<String> alternativeNames,
		String tpmName, String status, String issuedAt, String notBefore, String notAfter, String revokedAt,
		String revocationReason, byte[] certificate) {

	public CertificateInfo {
		MessageFields.required(serial, "serial");
		MessageFields.required(role, "role");
		MessageFields.required(subject, "subject");
		alternativeNames = List.copyOf(MessageFields.required(alternativeNames, "alternativeNames"));
		MessageFields.required(status, "status");
		MessageFields.required(certificate, "certificate");
	}

	public static CertificateInfo of(IssuedCertificate issued, Instant now) {
		try {
			return new CertificateInfo(issued.serialHex(), issued.role().token(), issued.subjectName(),
					issued.alternativeNames(), issued.tpmName().map(HexFormat.of()::formatHex).orElse(null),
					issued.status(now).name().toLowerCase(), issued.issuedAt().toString(), issued.notBefore().toString(),
					issued.notAfter().toString(), issued.revokedAt().map(Instant::toString).orElse(null),
					issued.revocationReason().map(Enum::name).orElse(null), issued.certificate().getEncoded());
		} catch (CertificateEncodingException e) {
			throw new IllegalStateException("a stored certificate does not encode", e);
		}
	}
}
