package org.vtpmconsole.pki.tls;

import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.Crls;

/**
 * The fleet CRL as a TLS endpoint away from the CA holds it: whoever fetches CRLs from the CA calls
 * {@link #update}, which accepts only a current CRL signed by the root and never one older than the one held
 * (a replayed old CRL would un-revoke certificates).
 */
public final class RefreshableCrl implements CrlSource {

	private final X509Certificate root;
	private volatile X509CRL current;

	public RefreshableCrl(X509Certificate root, X509CRL initial) throws CRLException {
		this.root = root;
		update(initial);
	}

	public synchronized void update(X509CRL crl) throws CRLException {
		Crls.check(crl, root, Instant.now());
		if (current != null && Crls.number(crl).compareTo(Crls.number(current)) < 0) {
			throw new CRLException("CRL number " + Crls.number(crl) + " is older than the held " + Crls.number(current));
		}
		current = crl;
	}

	@Override
	public X509CRL currentCrl() {
		return current;
	}
}
