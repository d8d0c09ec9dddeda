package org.vtpmconsole.pki;

import java.time.Instant;
import java.util.Objects;

/** Which issued certificates {@link FleetCa#list} returns; every criterion left out matches everything. */
public final class CertificateFilter {

	private static final CertificateFilter ANY = new CertificateFilter(null, null, null);

	private final String host;
	private final Role role;
	private final CertificateStatus status;

	private CertificateFilter(String host, Role role, CertificateStatus status) {
		this.host = host;
		this.role = role;
		this.status = status;
	}

	public static CertificateFilter any() {
		return ANY;
	}

	/** Only certificates whose subject or alternative names denote this host (or user name). */
	public CertificateFilter host(String name) {
		return new CertificateFilter(Objects.requireNonNull(name), role, status);
	}

	public CertificateFilter role(Role wanted) {
		return new CertificateFilter(host, Objects.requireNonNull(wanted), status);
	}

	public CertificateFilter status(CertificateStatus wanted) {
		return new CertificateFilter(host, role, Objects.requireNonNull(wanted));
	}

	boolean matches(IssuedCertificate issued, Instant now) {
		return (host == null || issued.names(host)) && (role == null || issued.role() == role)
				&& (status == null || issued.status(now) == status);
	}
}
