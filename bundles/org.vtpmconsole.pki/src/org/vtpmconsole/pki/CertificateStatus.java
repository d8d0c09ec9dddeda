package org.vtpmconsole.pki;

/** Where an issued certificate stands at a given moment. Revocation wins over expiry. */
public enum CertificateStatus {
	/** Within its validity and not revoked. */
	VALID,
	/** Revoked; listed on the CRL until it expires (and after: the fleet CRL never drops entries). */
	REVOKED,
	/** Past its notAfter, or before its notBefore. */
	EXPIRED
}
