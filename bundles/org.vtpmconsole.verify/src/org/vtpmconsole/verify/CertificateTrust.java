package org.vtpmconsole.verify;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * What the console trusts certificates by: the fleet root and the current CRL (the revocation source). Whoever
 * learns them (the CA connection's {@link CaConnectionAddon}, a test, an administrator importing them) puts an
 * instance into the application context under this interface; editors re-verify when a new one arrives. Without one
 * the console says so instead of guessing: no root, no chain check; no CRL, no revocation check.
 */
public interface CertificateTrust {

	/** Nothing known: every chain and revocation check reports "not checked". */
	CertificateTrust NONE = of(null, null);

	Optional<X509Certificate> fleetRoot();

	/** The newest CRL signed by the fleet root; it is checked (signer, freshness) before any use. */
	Optional<X509CRL> crl();

	static CertificateTrust of(X509Certificate fleetRoot, X509CRL crl) {
		return new CertificateTrust() {
			@Override
			public Optional<X509Certificate> fleetRoot() {
				return Optional.ofNullable(fleetRoot);
			}

			@Override
			public Optional<X509CRL> crl() {
				return Optional.ofNullable(crl);
			}
		};
	}
}
