package org.vtpmconsole.protocol.http;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collections;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.pki.tls.RefreshableCrl;
import org.vtpmconsole.protocol.ca.CaPaths;
import org.vtpmconsole.protocol.ca.CrlResponse;

/**
 * A client's fleet TLS context and the CRL it checks servers against. The fleet trust manager fails closed without
 * a CRL, so a client that holds none first fetches it from the CA: over a bootstrap connection that checks the CA's
 * certificate against the root but not revocation (the CRL is signed by the root, so where it comes from does not
 * matter; {@link RefreshableCrl} checks signature and currency), then builds the real context on that CRL.
 *
 * @param context the mutual-TLS client context (TLS 1.3, host name check, revocation at every handshake)
 * @param crl     the CRL it uses; refresh it with {@link #refreshCrl}
 * @param root    the fleet root from the identity file
 */
public record FleetClientContext(SSLContext context, RefreshableCrl crl, X509Certificate root) {

	/** From a PKCS#12 identity written by the fleet CA (key, certificate, root), fetching the CRL from the CA. */
	public static FleetClientContext fromCa(URI ca, KeyStore identity, char[] password) throws PkiException {
		X509Certificate root = rootOf(identity);
		X509CRL crl = fetchCrl(new JsonClient(ca, bootstrapContext(identity, password, root)));
		try {
			RefreshableCrl held = new RefreshableCrl(root, crl);
			return new FleetClientContext(FleetTls.clientContext(identity, password, root, held), held, root);
		} catch (CRLException e) {
			throw new PkiException("the CRL from " + ca + " is not usable: " + e.getMessage(), e);
		}
	}

	/** Fetches the CA's current CRL over this context and adopts it (never an older one). */
	public void refreshCrl(URI ca) throws PkiException {
		try {
			crl.update(fetchCrl(new JsonClient(ca, context)));
		} catch (CRLException e) {
			throw new PkiException("the CRL from " + ca + " is not usable: " + e.getMessage(), e);
		}
	}

	/** The fleet root: the last certificate of the identity's chain. */
	public static X509Certificate rootOf(KeyStore identity) throws PkiException {
		try {
			for (String alias : Collections.list(identity.aliases())) {
				Certificate[] chain = identity.getCertificateChain(alias);
				if (chain != null && chain.length >= 2) {
					return (X509Certificate) chain[chain.length - 1];
				}
			}
		} catch (GeneralSecurityException e) {
			throw new PkiException("cannot read the identity's certificate chain", e);
		}
		throw new PkiException("the identity holds no certificate chain up to a fleet root");
	}

	private static X509CRL fetchCrl(JsonClient client) throws PkiException {
		try {
			CrlResponse response = client.get(CaPaths.CRL, java.util.Map.of(), CrlResponse.class);
			return (X509CRL) CertificateFactory.getInstance("X.509")
					.generateCRL(new ByteArrayInputStream(response.crl()));
		} catch (ApiCallException e) {
			throw new PkiException("cannot fetch the CRL from " + client.base() + ": " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new PkiException("the CA sent no X.509 CRL", e);
		}
	}

	private static SSLContext bootstrapContext(KeyStore identity, char[] password, X509Certificate root)
			throws PkiException {
		try {
			KeyStore anchors = KeyStore.getInstance("PKCS12");
			anchors.load(null, null);
			anchors.setCertificateEntry("fleet-root", root);
			TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
			trust.init(anchors);
			KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
			keys.init(identity, password);
			SSLContext context = SSLContext.getInstance("TLSv1.3");
			context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
			return context;
		} catch (GeneralSecurityException | java.io.IOException e) {
			throw new PkiException("cannot set up TLS to fetch the CRL: " + e.getMessage(), e);
		}
	}
}
