package org.vtpmconsole.pki;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What an enrolling host checks of the certificate the CA returns for one of its TPM keys before installing it:
 * signed by the fleet root itself (a VMEK, being a CA, must not vouch for TPM keys), current, of the expected role,
 * with a TPM name. Each refusal names its reason.
 */
public final class TpmKeyCertificates {

	private TpmKeyCertificates() {
	}

	/**
	 * For the host receiving its own certificate from the CA (it has just been issued, so there is no revocation to
	 * check): issued and signed by the fleet root itself, current, of the expected role, with a TPM name; returns the
	 * TPM name. Relying parties use org.vtpmconsole.verify's {@code HostKeyCertificates}, the one fleet chain and CRL
	 * check; this bundle cannot, being below it.
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
