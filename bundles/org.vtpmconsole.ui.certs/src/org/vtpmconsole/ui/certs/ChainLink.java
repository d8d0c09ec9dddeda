package org.vtpmconsole.ui.certs;

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

	public boolean isValid() {
		return checks.stream().noneMatch(Check::isFailed);
	}
}
