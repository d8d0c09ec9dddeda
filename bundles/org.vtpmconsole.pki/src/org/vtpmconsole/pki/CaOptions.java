package org.vtpmconsole.pki;

import java.time.Duration;
import java.util.Objects;

/**
 * Choices made once, when the fleet CA is created: the root's common name, how long the root lives, and how
 * long each CRL is valid (its nextUpdate). Kept in the store, so re-opening needs only the passphrase.
 *
 * @param commonName  CN of the root certificate's subject
 * @param rootLifetime validity of the root certificate; every issued certificate must end before it does
 * @param crlLifetime  time from a CRL's thisUpdate to its nextUpdate; the CA re-signs the CRL after half of it
 */
public record CaOptions(String commonName, Duration rootLifetime, Duration crlLifetime) {

	public CaOptions {
		Objects.requireNonNull(commonName, "commonName");
		if (commonName.isBlank() || commonName.length() > 64 || commonName.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("root common name must be 1 to 64 characters without control characters");
		}
		if (rootLifetime.compareTo(Duration.ofDays(1)) < 0 || crlLifetime.compareTo(Duration.ofMinutes(10)) < 0
				|| crlLifetime.compareTo(rootLifetime) >= 0) {
			throw new IllegalArgumentException("root lifetime must be at least a day and longer than the CRL lifetime "
					+ "(at least 10 minutes)");
		}
	}

	/** "vtpm-console fleet CA", 20 years, CRLs valid for 7 days. */
	public static CaOptions defaults() {
		return new CaOptions("vtpm-console fleet CA", Duration.ofDays(20 * 365), Duration.ofDays(7));
	}

	public CaOptions withCommonName(String name) {
		return new CaOptions(name, rootLifetime, crlLifetime);
	}

	public CaOptions withRootLifetime(Duration lifetime) {
		return new CaOptions(commonName, lifetime, crlLifetime);
	}

	public CaOptions withCrlLifetime(Duration lifetime) {
		return new CaOptions(commonName, rootLifetime, lifetime);
	}
}
