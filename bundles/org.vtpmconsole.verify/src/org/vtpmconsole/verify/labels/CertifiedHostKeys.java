package org.vtpmconsole.verify.labels;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.HostKeyCertificates;

/**
 * The TPM keys of one role that the fleet CA certified for a host, each certificate verified by the console itself
 * with {@link HostKeyCertificates} (fleet root as issuer, CRL, role, host name): role and TPM name are read from the
 * DER, never from what an agent reported.
 */
final class CertifiedHostKeys {

	/** A key whose certificate passed every check. */
	record CertifiedKey(X509Certificate certificate, RSAPublicKey key, byte[] tpmName) {
		String serial() {
			return certificate.getSerialNumber().toString(16);
		}
	}

	private CertifiedHostKeys() {
	}

	/** The host's verified keys of {@code role}; every certificate of that role that fails says why in refusals. */
	static List<CertifiedKey> of(HostEvidence host, Role role, CertificateTrust trust, Instant now,
			List<String> refusals) {
		List<CertifiedKey> certified = new ArrayList<>();
		for (X509Certificate certificate : parse(host, refusals)) {
			String which = "certificate " + certificate.getSerialNumber().toString(16) + " of " + host.name();
			try {
				if (Roles.of(certificate) != role) {
					continue;
				}
			} catch (CertificateException e) {
				refusals.add(which + ": " + e.getMessage());
				continue;
			}
			ChainVerification verdict = HostKeyCertificates.verify(certificate, role, host.name(), trust, now);
			if (!verdict.isValid()) {
				refusals.add(which + ": " + verdict.summary());
				continue;
			}
			try {
				certified.add(new CertifiedKey(certificate, (RSAPublicKey) certificate.getPublicKey(),
						TpmNames.of(certificate).orElseThrow()));
			} catch (CertificateException e) {
				throw new IllegalStateException("the TPM name was read by the check just passed", e);
			}
		}
		return certified;
	}

	private static List<X509Certificate> parse(HostEvidence host, List<String> refusals) {
		List<X509Certificate> parsed = new ArrayList<>();
		for (HostEvidence.ReportedCertificate certificate : host.certificates()) {
			try {
				parsed.add((X509Certificate) CertificateFactory.getInstance("X.509")
						.generateCertificate(new ByteArrayInputStream(certificate.encoded())));
			} catch (CertificateException | RuntimeException e) {
				refusals.add("certificate " + certificate.serialNumber() + " of " + host.name() + " does not parse: "
						+ e.getMessage());
			}
		}
		return parsed;
	}
}
