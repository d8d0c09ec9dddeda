package org.vtpmconsole.ui.labels;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.ui.certs.CertificateTrust;
import org.vtpmconsole.ui.certs.ChainVerification;
import org.vtpmconsole.ui.certs.ChainVerifier;

/**
 * Vouches for the RSA_mig keys of fleet hosts whose certificate the console itself verifies against the fleet root
 * and CRL: the role and TPM name are read from the DER, never from what an agent reported about it. All hosts of
 * the fleet are considered, because a MIGRATING label is signed by the source host's RSA_mig.
 */
public final class FleetCertifiedLabelTrust implements LabelTrust {

	private final CertificateTrust certificateTrust;
	private final Instant now;

	public FleetCertifiedLabelTrust(CertificateTrust certificateTrust, Instant now) {
		this.certificateTrust = certificateTrust;
		this.now = now;
	}

	@Override
	public Signers signersFor(Host host) {
		List<TrustedSigner> vouched = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		for (Host candidate : hostsOf(host)) {
			List<X509Certificate> certificates = parse(candidate, refusals);
			for (X509Certificate certificate : certificates) {
				vouch(candidate, certificate, certificates, refusals).ifPresent(vouched::add);
			}
		}
		return new Signers(vouched, refusals);
	}

	private Optional<TrustedSigner> vouch(Host host, X509Certificate certificate, List<X509Certificate> siblings,
			List<String> refusals) {
		String which = "certificate " + certificate.getSerialNumber().toString(16) + " of " + host.getName();
		try {
			if (Roles.of(certificate) != Role.RSA_MIG) {
				return Optional.empty();
			}
			Optional<byte[]> name = TpmNames.of(certificate);
			if (name.isEmpty() || !(certificate.getPublicKey() instanceof RSAPublicKey key)) {
				refusals.add(which + ": an RSA_mig certificate without an RSA key and TPM name");
				return Optional.empty();
			}
			ChainVerification chain = ChainVerifier.verify(certificate, certificateTrust, siblings, now);
			if (!chain.isValid()) {
				refusals.add(which + ": " + chain.summary());
				return Optional.empty();
			}
			return Optional.of(new TrustedSigner(key, name.get(), TrustedSigner.Role.RSA_MIG,
					"RSA_mig of " + host.getName() + " (fleet certificate " + certificate.getSerialNumber().toString(16) + ")"));
		} catch (CertificateException e) {
			refusals.add(which + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	private static List<Host> hostsOf(Host host) {
		return host.eContainer() instanceof Fleet fleet ? fleet.getHosts() : List.of(host);
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
