package org.vtpmconsole.pki;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the fleet CA is asked to certify: whose key (subject name), for what (role), the public key, the TPM
 * name of a TPM key, the extra host names of a TLS endpoint, and optionally the validity. Validated when
 * built, so an issued certificate never depends on what the caller forgot to check.
 * <p>
 * Enrollment builds one from a CSR it verified ({@link SigningRequests#verify}) and the TPM name it computed
 * from the key's TPMT_PUBLIC; TLS and user identities are built by {@link FleetCa} itself.
 */
public final class CertificateRequest {

	private static final int MAX_COMMON_NAME = 64; // RFC 5280 ub-common-name

	private final String subjectName;
	private final Role role;
	private final PublicKey publicKey;
	private final byte[] tpmName;
	private final List<String> alternativeNames;
	private final Instant notBefore;
	private final Instant notAfter;

	private CertificateRequest(Builder b) {
		subjectName = b.subjectName;
		role = b.role;
		publicKey = b.publicKey;
		tpmName = b.tpmName;
		alternativeNames = b.alternativeNames;
		notBefore = b.notBefore;
		notAfter = b.notAfter;
	}

	/**
	 * Starts a request. {@code subjectName} becomes the certificate's CN: the host name or address for host keys
	 * and TLS endpoints, the user name for console users.
	 */
	public static Builder builder(String subjectName, Role role, PublicKey publicKey) {
		return new Builder(subjectName, role, publicKey);
	}

	public String subjectName() {
		return subjectName;
	}

	public Role role() {
		return role;
	}

	public PublicKey publicKey() {
		return publicKey;
	}

	/** The TPM name of a TPM key (a copy), empty for other roles. */
	public Optional<byte[]> tpmName() {
		return Optional.ofNullable(tpmName).map(byte[]::clone);
	}

	/**
	 * The subjectAltName entries of a TLS endpoint (DNS names and IP literals): the ones asked for, or the
	 * subject name alone. Empty for other roles.
	 */
	public List<String> alternativeNames() {
		return alternativeNames;
	}

	public Optional<Instant> notBefore() {
		return Optional.ofNullable(notBefore);
	}

	public Optional<Instant> notAfter() {
		return Optional.ofNullable(notAfter);
	}

	@Override
	public String toString() {
		return role.token() + " certificate request for " + subjectName;
	}

	public static final class Builder {
		private final String subjectName;
		private final Role role;
		private final PublicKey publicKey;
		private byte[] tpmName;
		private List<String> alternativeNames = List.of();
		private Instant notBefore;
		private Instant notAfter;

		private Builder(String subjectName, Role role, PublicKey publicKey) {
			this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
			this.role = Objects.requireNonNull(role, "role");
			this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
		}

		/** The key's TPM name; required for TPM-key roles, refused for the others. */
		public Builder tpmName(byte[] name) {
			tpmName = name.clone();
			return this;
		}

		/** Host names and IP literals a TLS endpoint answers to; defaults to the subject name. */
		public Builder alternativeNames(List<String> names) {
			alternativeNames = List.copyOf(names);
			return this;
		}

		/** Explicit validity; otherwise the CA uses now (less a small clock-skew allowance) plus the role's lifetime. */
		public Builder validity(Instant from, Instant until) {
			notBefore = Objects.requireNonNull(from, "from");
			notAfter = Objects.requireNonNull(until, "until");
			return this;
		}

		/** The validated request; IllegalArgumentException says what is wrong. */
		public CertificateRequest build() {
			checkSubjectName();
			checkKey();
			checkTpmName();
			checkAlternativeNames();
			if (notBefore != null && !notBefore.isBefore(notAfter)) {
				throw new IllegalArgumentException("validity must start before it ends");
			}
			return new CertificateRequest(this);
		}

		private void checkSubjectName() {
			if (subjectName.isEmpty() || subjectName.length() > MAX_COMMON_NAME
					|| subjectName.chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException("subject name must be 1 to " + MAX_COMMON_NAME
						+ " characters without control characters");
			}
			if (!role.isUser() && !HostNames.isDnsName(subjectName) && !HostNames.isIpLiteral(subjectName)) {
				throw new IllegalArgumentException("a " + role.token() + " certificate names a host: '" + subjectName
						+ "' is neither a host name nor an IP address");
			}
		}

		private void checkKey() {
			if (publicKey instanceof RSAPublicKey rsa) {
				if (rsa.getModulus().bitLength() < 2048) {
					throw new IllegalArgumentException("RSA keys must have at least 2048 bits");
				}
			} else if (!(publicKey instanceof ECPublicKey) || role.isTpmKey()) {
				throw new IllegalArgumentException(role.isTpmKey() ? "host TPM keys are RSA keys (SPEC §3)"
						: "only RSA and EC keys are certified, not " + publicKey.getAlgorithm());
			}
		}

		private void checkTpmName() {
			if (role.isTpmKey()) {
				if (tpmName == null) {
					throw new IllegalArgumentException("a " + role.token() + " certificate needs the key's TPM name");
				}
				TpmNames.check(tpmName);
			} else if (tpmName != null) {
				throw new IllegalArgumentException("only TPM keys carry a TPM name, not " + role.token());
			}
		}

		private void checkAlternativeNames() {
			if (role != Role.TLS_SERVER) {
				if (!alternativeNames.isEmpty()) {
					throw new IllegalArgumentException("only tls-server certificates carry alternative names");
				}
				return;
			}
			if (alternativeNames.isEmpty()) {
				alternativeNames = List.of(subjectName);
			}
			for (String name : alternativeNames) {
				if (!HostNames.isDnsName(name) && !HostNames.isIpLiteral(name)) {
					throw new IllegalArgumentException("'" + name + "' is neither a host name nor an IP address");
				}
			}
		}
	}
}
