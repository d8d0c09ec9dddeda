package org.vtpmconsole.ui.labels;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.ui.certs.CertificateTrust;
import org.vtpmconsole.ui.certs.ChainVerification;
import org.vtpmconsole.ui.certs.ChainVerifier;

/**
 * The TPM keys of one role that the fleet CA certified for a host, each certificate verified by the console itself
 * against the fleet root and CRL: role and TPM name are read from the DER, never from what an agent reported.
 */
final class CertifiedHostKeys {

	/** A key whose certificate passed the chain check. */
	record CertifiedKey(X509Certificate certificate, RSAPublicKey key, byte[] tpmName) {
		String serial() {
			return certificate.getSerialNumber().toString(16);
		}
	}

	private CertifiedHostKeys() {
	}

	/** The host's verified keys of {@code role}; every certificate of that role that fails says why in refusals. */
	static List<CertifiedKey> of(Host host, Role role, CertificateTrust trust, Instant now, List<String> refusals) {
		List<X509Certificate> certificates = parse(host, refusals);
		List<CertifiedKey> certified = new ArrayList<>();
		for (X509Certificate certificate : certificates) {
			String which = "certificate " + certificate.getSerialNumber().toString(16) + " of " + host.getName();
			try {
				if (Roles.of(certificate) != role) {
					continue;
				}
				var name = TpmNames.of(certificate);
				if (name.isEmpty() || !(certificate.getPublicKey() instanceof RSAPublicKey key)) {
					refusals.add(which + ": a " + role.token() + " certificate without an RSA key and TPM name");
					continue;
				}
				ChainVerification chain = ChainVerifier.verify(certificate, trust, certificates, now);
				if (!chain.isValid()) {
					refusals.add(which + ": " + chain.summary());
					continue;
				}
				certified.add(new CertifiedKey(certificate, key, name.get()));
			} catch (CertificateException e) {
				refusals.add(which + ": " + e.getMessage());
			}
		}
		return certified;
	}

	private static List<X509Certificate> parse(Host host, List<String> refusals) {
		List<X509Certificate> parsed = new ArrayList<>();
		for (Certificate certificate : host.getCertificates()) {
			try {
				parsed.add((X509Certificate) CertificateFactory.getInstance("X.509")
						.generateCertificate(new ByteArrayInputStream(certificate.getEncoded())));
			} catch (CertificateException | RuntimeException e) {
				refusals.add("certificate " + certificate.getSerialNumber() + " of " + host.getName()
						+ " does not parse: " + e.getMessage());
			}
		}
		return parsed;
	}
}
