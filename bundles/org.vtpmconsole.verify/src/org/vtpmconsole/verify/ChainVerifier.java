package org.vtpmconsole.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.pki.Crls;

/**
 * The fleet's one chain and CRL check (console, vtpmctl, and every later verifier): follows a certificate up to the
 * fleet root and checks every link the way the console must (ARCHITECTURE principle 1: the agent proves, the
 * console verifies): issuer/subject match, signature, validity, the issuer's basic constraints and key usage, and
 * for certificates the root issued, the fleet CRL (signed by the root and current, or the check fails). The fleet
 * issues leaves directly under the root; a VMEK is the one intermediate (it certifies vEKs), so issuers other than
 * the root are looked for among the candidates the caller passes (e.g. the host's other certificates). Nobody
 * publishes a CRL for what a VMEK signs, so such a certificate's revocation is "not checked" and its chain is not
 * valid; host keys are checked with {@link HostKeyCertificates}, which passes no candidates at all.
 */
public final class ChainVerifier {

	public static final String ISSUER_MATCH = "issuer/subject";
	public static final String SIGNATURE = "signature";
	public static final String VALIDITY = "validity";
	public static final String BASIC_CONSTRAINTS = "basic constraints";
	public static final String REVOCATION = "revocation";
	public static final String TRUST_ANCHOR = "trust anchor";
	private static final int KEY_CERT_SIGN = 5;
	/** Root, VMEK, vEK: nothing longer is legitimate in this fleet, and a bound stops issuer loops. */
	private static final int MAX_DEPTH = 4;

	private ChainVerifier() {
	}

	public static ChainVerification verify(X509Certificate leaf, CertificateTrust trust,
			Collection<X509Certificate> candidateIssuers, Instant now) {
		Optional<X509Certificate> root = trust.fleetRoot();
		if (root.isEmpty()) {
			return new ChainVerification(List.of(new ChainLink(leaf, List.of(Check.notChecked(TRUST_ANCHOR,
					"the console knows no fleet root certificate, so the chain cannot be checked")))), false,
					Optional.of("not checked: no fleet root known to the console"));
		}
		List<X509Certificate> path = new ArrayList<>();
		path.add(leaf);
		X509Certificate current = leaf;
		while (!sameCertificate(current, root.get())) {
			Optional<X509Certificate> issuer = issuerOf(current, root.get(), candidateIssuers);
			if (issuer.isEmpty() || path.size() >= MAX_DEPTH || path.contains(issuer.get())) {
				List<ChainLink> links = linksFor(path, null, trust, now);
				return new ChainVerification(links, false, Optional.of("the chain does not reach the fleet root: issuer "
						+ current.getIssuerX500Principal().getName() + " of " + current.getSubjectX500Principal().getName()
						+ (issuer.isEmpty() ? " is not known" : " repeats or is too deep")));
			}
			path.add(issuer.get());
			current = issuer.get();
		}
		return new ChainVerification(linksFor(path, root.get(), trust, now), true, Optional.empty());
	}

	private static List<ChainLink> linksFor(List<X509Certificate> path, X509Certificate root, CertificateTrust trust,
			Instant now) {
		List<ChainLink> links = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			X509Certificate certificate = path.get(i);
			if (root != null && i == path.size() - 1) {
				links.add(new ChainLink(certificate, anchorChecks(certificate, now)));
			} else if (i + 1 < path.size()) {
				links.add(new ChainLink(certificate, linkChecks(certificate, path.get(i + 1), i, root, trust, now)));
			} else {
				links.add(new ChainLink(certificate, List.of(validity(certificate, now))));
			}
		}
		return links;
	}

	private static List<Check> anchorChecks(X509Certificate root, Instant now) {
		List<Check> checks = new ArrayList<>();
		checks.add(Check.passed(TRUST_ANCHOR, "the fleet root the console trusts"));
		checks.add(signature(root, root));
		checks.add(validity(root, now));
		return checks;
	}

	private static List<Check> linkChecks(X509Certificate child, X509Certificate issuer, int intermediatesBelow,
			X509Certificate root, CertificateTrust trust, Instant now) {
		List<Check> checks = new ArrayList<>();
		checks.add(child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
				? Check.passed(ISSUER_MATCH, "issued by " + issuer.getSubjectX500Principal().getName())
				: Check.failed(ISSUER_MATCH, "names issuer " + child.getIssuerX500Principal().getName() + ", not "
						+ issuer.getSubjectX500Principal().getName()));
		checks.add(signature(child, issuer));
		checks.add(validity(child, now));
		checks.add(basicConstraints(issuer, intermediatesBelow));
		checks.add(sameCertificate(issuer, root) ? revocation(child, root, trust.crl(), now)
				: Check.notChecked(REVOCATION, "no CRL is published for certificates issued by "
						+ issuer.getSubjectX500Principal().getName()));
		return checks;
	}

	private static Check signature(X509Certificate child, X509Certificate issuer) {
		try {
			child.verify(issuer.getPublicKey());
			return Check.passed(SIGNATURE, child.getSigAlgName() + " signature verifies with the issuer's key");
		} catch (GeneralSecurityException e) {
			return Check.failed(SIGNATURE, "does not verify with the key of "
					+ issuer.getSubjectX500Principal().getName() + ": " + e.getMessage());
		}
	}

	private static Check validity(X509Certificate certificate, Instant now) {
		try {
			certificate.checkValidity(Date.from(now));
			return Check.passed(VALIDITY, "valid until " + certificate.getNotAfter().toInstant());
		} catch (CertificateExpiredException e) {
			return Check.failed(VALIDITY, "expired at " + certificate.getNotAfter().toInstant());
		} catch (CertificateNotYetValidException e) {
			return Check.failed(VALIDITY, "not valid before " + certificate.getNotBefore().toInstant());
		}
	}

	private static Check basicConstraints(X509Certificate issuer, int intermediatesBelow) {
		int pathLength = issuer.getBasicConstraints();
		if (pathLength < 0) {
			return Check.failed(BASIC_CONSTRAINTS, "the issuer is not a CA (basicConstraints CA:false)");
		}
		if (intermediatesBelow > pathLength) {
			return Check.failed(BASIC_CONSTRAINTS, "the issuer's path length " + pathLength + " allows fewer than the "
					+ intermediatesBelow + " CA certificates below it");
		}
		boolean[] usage = issuer.getKeyUsage();
		if (usage != null && (usage.length <= KEY_CERT_SIGN || !usage[KEY_CERT_SIGN])) {
			return Check.failed(BASIC_CONSTRAINTS, "the issuer's key usage does not include keyCertSign");
		}
		return Check.passed(BASIC_CONSTRAINTS, "the issuer is a CA"
				+ (pathLength == Integer.MAX_VALUE ? "" : " with path length " + pathLength) + " and may sign certificates");
	}

	private static Check revocation(X509Certificate child, X509Certificate root, Optional<X509CRL> crl, Instant now) {
		if (crl.isEmpty()) {
			return Check.notChecked(REVOCATION, "the console has no CRL of the fleet CA");
		}
		try {
			Crls.check(crl.get(), root, now);
		} catch (CRLException e) {
			return Check.failed(REVOCATION, "the CRL cannot be used: " + e.getMessage());
		}
		X509CRLEntry entry = crl.get().getRevokedCertificate(child);
		String crlName = crlName(crl.get());
		if (entry == null) {
			return Check.passed(REVOCATION, "not on the fleet CRL (" + crlName + ")");
		}
		String reason = entry.getRevocationReason() == null ? "no reason given" : entry.getRevocationReason().name();
		return Check.failed(REVOCATION, "revoked on " + entry.getRevocationDate().toInstant() + ", reason " + reason + " ("
				+ crlName + ")");
	}

	private static String crlName(X509CRL crl) {
		try {
			return "CRL #" + Crls.number(crl) + " of " + crl.getThisUpdate().toInstant();
		} catch (CRLException e) {
			return "CRL of " + crl.getThisUpdate().toInstant();
		}
	}

	private static Optional<X509Certificate> issuerOf(X509Certificate child, X509Certificate root,
			Collection<X509Certificate> candidates) {
		if (child.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
			return Optional.of(root);
		}
		return candidates.stream()
				.filter(c -> !sameCertificate(c, child)
						&& c.getSubjectX500Principal().equals(child.getIssuerX500Principal()))
				.findFirst();
	}

	private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
		if (a == null || b == null) {
			return false;
		}
		try {
			return a == b || Arrays.equals(a.getEncoded(), b.getEncoded());
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
