package org.vtpmconsole.client;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * What a server showed at the TLS handshake, put before the user on first contact or when it changed: the
 * server's certificate and the fleet root it chains to.
 */
public record ServerIdentity(URI endpoint, X509Certificate serverCertificate, X509Certificate root) {

	public String serverFingerprint() {
		return sha256(serverCertificate);
	}

	public String rootFingerprint() {
		return sha256(root);
	}

	/** SHA-256 over the DER, upper-case hex in colon-separated pairs (the way browsers and openssl show it). */
	public static String sha256(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
		}
	}
}
