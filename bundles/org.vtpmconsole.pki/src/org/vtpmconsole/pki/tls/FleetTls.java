package org.vtpmconsole.pki.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.SecretFiles;

/**
 * SSLContexts for the fleet's mutual TLS: TLS 1.3 only (every endpoint is our own Java 17 code, so nothing
 * needs 1.2), AEAD suites only, the fleet root as the only trust anchor, revocation checked at every handshake
 * ({@link FleetTrustManager}). The parameters are pinned into the context: sockets, server sockets and engines
 * it makes, and its default parameters (what {@code HttpsConfigurator} applies), already require a client
 * certificate on servers and check the host name on clients, so a caller cannot forget to.
 */
public final class FleetTls {

	public static final List<String> PROTOCOLS = List.of("TLSv1.3");
	public static final List<String> CIPHER_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
			"TLS_AES_128_GCM_SHA256");

	private FleetTls() {
	}

	/**
	 * A PKCS#12 identity as written by {@code FleetCa.issueUser}/{@code issueTlsServer}; refused if its group or other
	 * users may read or write it.
	 */
	public static KeyStore loadIdentity(Path pkcs12, char[] password) throws PkiException {
		SecretFiles.requireOwnerOnly(pkcs12, "PKCS#12 file");
		try (InputStream in = Files.newInputStream(pkcs12)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			return store;
		} catch (IOException | GeneralSecurityException e) {
			// a wrong password surfaces as an IOException; its message holds no secret
			throw new PkiException("cannot open PKCS#12 file " + pkcs12 + ": " + e.getMessage(), e);
		}
	}

	/** For an agent or the CA: presents its identity, requires and verifies a fleet client certificate. */
	public static SSLContext serverContext(KeyStore identity, char[] password, X509Certificate root, CrlSource crls)
			throws PkiException {
		SSLParameters parameters = baseParameters();
		parameters.setNeedClientAuth(true);
		return context(identity, password, new FleetTrustManager(root, crls), parameters);
	}

	/** For the console, vtpmctl or an agent calling another: presents its identity, verifies the server and its name. */
	public static SSLContext clientContext(KeyStore identity, char[] password, X509Certificate root, CrlSource crls)
			throws PkiException {
		return context(identity, password, new FleetTrustManager(root, crls), clientParameters());
	}

	/**
	 * For fetching the CRL itself, when the client holds none (or only an expired one): every check of
	 * {@link #clientContext} (the server's certificate signed by the root itself, intermediates ignored, its role and
	 * host name) except revocation. The CRL is root-signed; its adopter checks currency and that it is no older than
	 * the one held.
	 */
	public static SSLContext crlFetchContext(KeyStore identity, char[] password, X509Certificate root)
			throws PkiException {
		return context(identity, password, FleetTrustManager.withoutRevocation(root), clientParameters());
	}

	private static SSLParameters clientParameters() {
		SSLParameters parameters = baseParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		return parameters;
	}

	private static SSLParameters baseParameters() {
		return new SSLParameters(CIPHER_SUITES.toArray(String[]::new), PROTOCOLS.toArray(String[]::new));
	}

	private static SSLContext context(KeyStore identity, char[] password, FleetTrustManager trust,
			SSLParameters parameters) throws PkiException {
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
			keys.init(identity, password);
			SSLContext context = SSLContext.getInstance("TLSv1.3");
			context.init(keys.getKeyManagers(), new TrustManager[] { trust }, new SecureRandom());
			return new PinnedSslContext(context, parameters);
		} catch (GeneralSecurityException e) {
			throw new PkiException("cannot set up TLS: " + e.getMessage(), e);
		}
	}
}
