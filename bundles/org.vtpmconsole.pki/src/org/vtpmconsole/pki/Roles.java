package org.vtpmconsole.pki;

import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DEROctetString;

/**
 * Reads the role out of a fleet certificate, so a server can authorize each request by its peer's role.
 * Only meaningful for a certificate that was validated against the fleet root (the TLS trust manager does).
 */
public final class Roles {

	private Roles() {
	}

	/** The certificate's role; CertificateException if it carries none or an unknown one. */
	public static Role of(X509Certificate certificate) throws CertificateException {
		byte[] value = extensionValue(certificate, FleetOids.ROLE.getId());
		if (value == null) {
			throw new CertificateException("certificate " + certificate.getSubjectX500Principal() + " carries no fleet role");
		}
		try {
			return Role.ofToken(ASN1UTF8String.getInstance(ASN1Primitive.fromByteArray(value)).getString());
		} catch (IOException | IllegalArgumentException e) {
			throw new CertificateException("certificate " + certificate.getSubjectX500Principal() + " has a malformed role: "
					+ e.getMessage(), e);
		}
	}

	/** The role of the authenticated peer of a TLS session. */
	public static Role ofPeer(SSLSession session) throws SSLPeerUnverifiedException, CertificateException {
		Certificate[] chain = session.getPeerCertificates();
		return of((X509Certificate) chain[0]);
	}

	/** The inner DER of an extension (without the OCTET STRING wrapper X509Certificate adds), or null. */
	static byte[] extensionValue(X509Certificate certificate, String oid) throws CertificateException {
		byte[] wrapped = certificate.getExtensionValue(oid);
		if (wrapped == null) {
			return null;
		}
		try {
			return DEROctetString.getInstance(wrapped).getOctets();
		} catch (IllegalArgumentException e) {
			throw new CertificateException("extension " + oid + " is not DER", e);
		}
	}
}
