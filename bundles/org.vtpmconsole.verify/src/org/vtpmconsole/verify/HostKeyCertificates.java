package org.vtpmconsole.verify;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.vtpmconsole.pki.HostNames;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TpmNames;

/**
 * Whether a certificate vouches for a host TPM key (RSA_mig, AIK) of one particular host: the fleet root itself
 * issued it (no intermediate: a VMEK is a CA for vEKs only, and what it signs vouches for no host key), it is
 * current and not revoked under a usable fleet CRL, it carries the expected role, an RSA key and a TPM name, and
 * its subject names the host it is used for (another host's AIK or RSA_mig proves nothing about this one). The
 * chain part is {@link ChainVerifier}'s, the one fleet chain and CRL check.
 */
public final class HostKeyCertificates {

	public static final String ROLE = "role";
	public static final String TPM_KEY = "TPM key";
	public static final String HOST = "host name";

	private HostKeyCertificates() {
	}

	/** The chain checks followed by the host-key checks; valid only when every one of them passed. */
	public static ChainVerification verify(X509Certificate certificate, Role role, String host, CertificateTrust trust,
			Instant now) {
		if (!role.isTpmKey()) {
			throw new IllegalArgumentException(role.token() + " is not a host TPM key role");
		}
		// no candidate issuers: only the fleet root may be the issuer, so a VMEK-signed certificate does not chain
		ChainVerification chain = ChainVerifier.verify(certificate, trust, List.of(), now);
		List<Check> checks = new ArrayList<>();
		checks.add(roleCheck(certificate, role));
		checks.add(tpmKeyCheck(certificate));
		checks.add(hostCheck(certificate, host));
		return chain.withLeafChecks(checks);
	}

	/**
	 * What the console shows for a certificate a host reported: a host TPM key's certificate checked as a key of that
	 * host; any other (a TLS endpoint's, a vEK's under the host's VMEK) through its chain, with the host's other
	 * certificates as candidate issuers.
	 */
	public static ChainVerification verifyReported(X509Certificate certificate, Optional<String> host,
			Collection<X509Certificate> hostCertificates, CertificateTrust trust, Instant now) {
		Optional<Role> role;
		try {
			role = Optional.of(Roles.of(certificate)).filter(Role::isTpmKey);
		} catch (CertificateException e) {
			role = Optional.empty();
		}
		if (role.isPresent() && host.isPresent()) {
			return verify(certificate, role.get(), host.get(), trust, now);
		}
		return ChainVerifier.verify(certificate, trust, hostCertificates, now);
	}

	private static Check roleCheck(X509Certificate certificate, Role role) {
		try {
			Role actual = Roles.of(certificate);
			return actual == role ? Check.passed(ROLE, "certifies a " + role.token() + " key")
					: Check.failed(ROLE, "certifies a " + actual.token() + " key, not a " + role.token() + " key");
		} catch (CertificateException e) {
			return Check.failed(ROLE, e.getMessage());
		}
	}

	private static Check tpmKeyCheck(X509Certificate certificate) {
		try {
			if (TpmNames.of(certificate).isEmpty()) {
				return Check.failed(TPM_KEY, "carries no TPM name");
			}
		} catch (CertificateException e) {
			return Check.failed(TPM_KEY, e.getMessage());
		}
		return certificate.getPublicKey() instanceof RSAPublicKey ? Check.passed(TPM_KEY, "an RSA key with its TPM name")
				: Check.failed(TPM_KEY, "holds a " + certificate.getPublicKey().getAlgorithm() + " key, not RSA");
	}

	private static Check hostCheck(X509Certificate certificate, String host) {
		Optional<String> named = commonName(certificate);
		if (named.isEmpty()) {
			return Check.failed(HOST, "names no host (no CN in " + certificate.getSubjectX500Principal().getName() + ")");
		}
		if (host == null || !HostNames.same(named.get(), host)) {
			return Check.failed(HOST, "issued for host " + named.get() + ", not for " + host);
		}
		return Check.passed(HOST, "issued for host " + host);
	}

	/** The subject's single CN, which the fleet CA sets to the host name or address (docs/pki.md). */
	public static Optional<String> commonName(X509Certificate certificate) {
		RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
		return names.length == 1 && !names[0].isMultiValued()
				? Optional.of(IETFUtils.valueToString(names[0].getFirst().getValue())) : Optional.empty();
	}
}
