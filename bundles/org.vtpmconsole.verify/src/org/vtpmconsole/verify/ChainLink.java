package org.vtpmconsole.verify;

import java.security.cert.X509Certificate;
import java.util.List;

/** One certificate of a chain and the checks made on it against its issuer (or, for the root, as trust anchor). */
public record ChainLink(X509Certificate certificate, List<Check> checks) {

	public ChainLink {
		checks = List.copyOf(checks);
	}

	public String subject() {
		return certificate.getSubjectX500Principal().getName();
	}

	/** Every check passed: a check that could not be made leaves the link not valid. */
	public boolean isValid() {
		return checks.stream().allMatch(Check::isPassed);
	}
}
