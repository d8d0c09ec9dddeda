package org.vtpmconsole.pki;

import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What a relying party checks before it trusts a host TPM key's certificate (a peer's RSA_mig, an AIK under a
 * quote, a VMEK under a vEK certificate): signed by the fleet root itself (a VMEK, being a CA, must not vouch for
 * TPM keys), current, not revoked, of the expected role, with a TPM name. Each refusal names its reason.
 */
public final class TpmKeyCertificates {

	private TpmKeyCertificates() {
	}

	/**
	 * Checks a certificate against the root, the current CRL and the expected role; returns the certified key's TPM
	 * name. CertificateException says which check failed.
	 */
	public static byte[] verify(X509Certificate certificate, X509Certificate root, X509CRL crl, Role role, Instant now)
			throws CertificateException {
		byte[] name = verifyIssued(certificate, root, role, now);
		try {
			Crls.check(crl, root, now);
		} catch (CRLException e) {
			throw new CertificateException("cannot check revocation: " + e.getMessage(), e);
		}
		X509CRLEntry entry = crl.getRevokedCertificate(certificate);
		if (entry != null) {
			throw new CertificateException(describe(certificate) + " was revoked on " + entry.getRevocationDate().toInstant()
					+ (entry.getRevocationReason() == null ? "" : " (" + entry.getRevocationReason() + ")"));
		}
		return name;
	}

	/**
	 * The same checks without revocation, for the host receiving its certificate from the CA (it has just been
	 * issued); returns the TPM name.
	 */
	public static byte[] verifyIssued(X509Certificate certificate, X509Certificate root, Role role, Instant now)
			throws CertificateException {
		if (!role.isTpmKey()) {
			throw new IllegalArgumentException(role.token() + " is not a TPM key role");
		}
		if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
			throw new CertificateException(describe(certificate) + " is not issued by the fleet root");
		}
		try {
			certificate.verify(root.getPublicKey());
		} catch (GeneralSecurityException e) {
			throw new CertificateException(describe(certificate) + " is not signed by the fleet root", e);
		}
		if (now.isAfter(certificate.getNotAfter().toInstant())) {
			throw new CertificateException(describe(certificate) + " expired on " + certificate.getNotAfter().toInstant());
		}
		if (now.isBefore(certificate.getNotBefore().toInstant())) {
			throw new CertificateException(describe(certificate) + " is not valid before "
					+ certificate.getNotBefore().toInstant());
		}
		Role actual = Roles.of(certificate);
		if (actual != role) {
			throw new CertificateException(describe(certificate) + " certifies a " + actual.token() + " key, not a "
					+ role.token() + " key");
		}
		return TpmNames.of(certificate)
				.orElseThrow(() -> new CertificateException(describe(certificate) + " carries no TPM name"));
	}

	private static String describe(X509Certificate certificate) {
		return "certificate " + CertificateStore.hex(certificate.getSerialNumber()) + " ("
				+ certificate.getSubjectX500Principal().getName() + ")";
	}
}
