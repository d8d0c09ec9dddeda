package org.vtpmconsole.protocol.http;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.CrlRefresher;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.pki.tls.RefreshableCrl;
import org.vtpmconsole.protocol.ca.CaPaths;
import org.vtpmconsole.protocol.ca.CrlResponse;

/**
 * A client's fleet TLS context and the CRL it checks servers against. The fleet trust manager fails closed without
 * a CRL, so a client that holds none first fetches it from the CA: over a connection that makes every check but
 * revocation ({@link FleetTls#crlFetchContext}: the server's certificate signed by the root itself, intermediates it
 * sends ignored, its role and host name), then builds the real context on that CRL (the CRL is signed by the root,
 * so where it comes from does not matter; {@link RefreshableCrl} checks signature and currency).
 *
 * @param context the mutual-TLS client context (TLS 1.3, host name check, revocation at every handshake)
 * @param crl     the CRL it uses; refresh it with {@link #refreshCrl}
 * @param root    the fleet root from the identity file
 */
public record FleetClientContext(SSLContext context, RefreshableCrl crl, X509Certificate root) {

	/** From a PKCS#12 identity written by the fleet CA (key, certificate, root), fetching the CRL from the CA. */
	public static FleetClientContext fromCa(URI ca, KeyStore identity, char[] password) throws PkiException {
		X509Certificate root = rootOf(identity);
		X509CRL crl = crlFetch(ca, identity, password, root).fetch();
		try {
			RefreshableCrl held = new RefreshableCrl(root, crl);
			return new FleetClientContext(FleetTls.clientContext(identity, password, root, held), held, root);
		} catch (CRLException e) {
			throw new PkiException("the CRL from " + ca + " is not usable: " + e.getMessage(), e);
		}
	}

	/**
	 * Fetches {@code GET /v1/crl} from a fleet endpoint (the CA) over {@link FleetTls#crlFetchContext}: what an agent's
	 * {@code CrlRefresher} runs. The caller checks and adopts the CRL.
	 */
	public static CrlRefresher.Fetch crlFetch(URI endpoint, KeyStore identity, char[] password, X509Certificate root)
			throws PkiException {
		JsonClient client = new JsonClient(endpoint, FleetTls.crlFetchContext(identity, password, root));
		return () -> fetchCrl(client);
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
			return client.get(CaPaths.CRL, Map.of(), CrlResponse.class).x509();
		} catch (ApiCallException e) {
			throw new PkiException("cannot fetch the CRL from " + client.base() + ": " + e.getMessage(), e);
		} catch (CRLException e) {
			throw new PkiException(client.base() + " sent no X.509 CRL", e);
		}
	}
}
