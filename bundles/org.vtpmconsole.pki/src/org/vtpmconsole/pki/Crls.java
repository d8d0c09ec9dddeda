package org.vtpmconsole.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** Checks on fleet CRLs shared by the CA, the TLS trust manager and CRL refreshers. */
public final class Crls {

	private Crls() {
	}

	/** The CRL number; CRLException if there is none (every fleet CRL has one). */
	public static BigInteger number(X509CRL crl) throws CRLException {
		byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
		if (value == null) {
			throw new CRLException("CRL has no CRL number");
		}
		try {
			return CRLNumber.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value)).getCRLNumber();
		} catch (IOException | IllegalArgumentException e) {
			throw new CRLException("CRL number is malformed", e);
		}
	}

	/**
	 * Refuses a CRL not signed by the fleet root, or not current at {@code now} (before its thisUpdate or past
	 * its nextUpdate): an old CRL would hide later revocations, so an expired one fails closed.
	 */
	public static void check(X509CRL crl, X509Certificate root, Instant now) throws CRLException {
		if (!crl.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
			throw new CRLException("CRL is not issued by the fleet root");
		}
		try {
			crl.verify(root.getPublicKey());
		} catch (GeneralSecurityException e) {
			throw new CRLException("CRL is not signed by the fleet root", e);
		}
		checkCurrent(crl, now);
	}

	/**
	 * Refuses a CRL past its nextUpdate, or whose thisUpdate is more than the clock skew ahead: what a server checks on
	 * every request, not only at the handshake, since a kept-alive connection outlives the CRL.
	 */
	public static void checkCurrent(X509CRL crl, Instant now) throws CRLException {
		if (crl.getNextUpdate() == null || !now.isBefore(crl.getNextUpdate().toInstant())
				|| now.plusSeconds(300).isBefore(crl.getThisUpdate().toInstant())) {
			throw new CRLException("CRL is not current (nextUpdate " + crl.getNextUpdate() + ")");
		}
	}
}
