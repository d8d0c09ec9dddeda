package org.vtpmconsole.pki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One certificate the fleet CA issued, with what the CA knows about it: the names and role it was asked for,
 * the TPM name, when it was issued and whether and why it was revoked. Immutable; revoking yields a new one.
 */
public final class IssuedCertificate {

	private final X509Certificate certificate;
	private final String subjectName;
	private final List<String> alternativeNames;
	private final Role role;
	private final byte[] tpmName;
	private final Instant issuedAt;
	private final Instant revokedAt;
	private final RevocationReason revocationReason;

	IssuedCertificate(X509Certificate certificate, String subjectName, List<String> alternativeNames, Role role,
			byte[] tpmName, Instant issuedAt, Instant revokedAt, RevocationReason revocationReason) {
		this.certificate = certificate;
		this.subjectName = subjectName;
		this.alternativeNames = List.copyOf(alternativeNames);
		this.role = role;
		this.tpmName = tpmName == null ? null : tpmName.clone();
		this.issuedAt = issuedAt;
		this.revokedAt = revokedAt;
		this.revocationReason = revocationReason;
	}

	IssuedCertificate revoked(Instant at, RevocationReason reason) {
		return new IssuedCertificate(certificate, subjectName, alternativeNames, role, tpmName, issuedAt, at, reason);
	}

	public X509Certificate certificate() {
		return certificate;
	}

	public BigInteger serial() {
		return certificate.getSerialNumber();
	}

	/** The serial in upper-case hex, as on disk and in the issuance log. */
	public String serialHex() {
		return CertificateStore.hex(serial());
	}

	public String subjectName() {
		return subjectName;
	}

	public List<String> alternativeNames() {
		return alternativeNames;
	}

	public Role role() {
		return role;
	}

	/** A copy of the certified key's TPM name, for TPM-key roles. */
	public Optional<byte[]> tpmName() {
		return Optional.ofNullable(tpmName).map(byte[]::clone);
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public Instant notBefore() {
		return certificate.getNotBefore().toInstant();
	}

	public Instant notAfter() {
		return certificate.getNotAfter().toInstant();
	}

	public Optional<Instant> revokedAt() {
		return Optional.ofNullable(revokedAt);
	}

	public Optional<RevocationReason> revocationReason() {
		return Optional.ofNullable(revocationReason);
	}

	public CertificateStatus status(Instant now) {
		if (revokedAt != null) {
			return CertificateStatus.REVOKED;
		}
		return now.isBefore(notBefore()) || now.isAfter(notAfter()) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
	}

	/** Whether this certificate was issued to that host or user name. */
	boolean names(String name) {
		return subjectName.equals(name) || HostNames.same(subjectName, name)
				|| alternativeNames.stream().anyMatch(alt -> HostNames.same(alt, name));
	}

	@Override
	public String toString() {
		return role.token() + " certificate " + serialHex() + " for " + subjectName
				+ (revokedAt == null ? "" : " (revoked)");
	}
}
