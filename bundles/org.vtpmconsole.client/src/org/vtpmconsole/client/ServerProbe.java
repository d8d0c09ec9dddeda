package org.vtpmconsole.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * Shakes hands with a server only to see its certificate, before anything is sent: what the user is asked to
 * trust. The certificate must chain to the identity's fleet root (else there is nothing to ask about); revocation
 * and the host name are checked by the real fleet context afterwards, for every call.
 */
final class ServerProbe {

	private ServerProbe() {
	}

	static ServerIdentity identify(URI endpoint, ClientIdentity identity, Duration timeout) throws ClientException {
		CapturingTrustManager capture = new CapturingTrustManager(identity.root());
		char[] password = identity.password();
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
			keys.init(identity.keyStore(), password);
			SSLContext context = SSLContext.getInstance("TLSv1.3");
			context.init(keys.getKeyManagers(), new TrustManager[] { capture }, null);
			try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
				// a handshake blocks without noticing interrupts: Cancel closes the socket instead
				Cancellable.closeOnCancel(socket);
				socket.setEnabledProtocols(FleetTls.PROTOCOLS.toArray(String[]::new));
				socket.setSoTimeout((int) timeout.toMillis());
				socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), (int) timeout.toMillis());
				socket.startHandshake();
			}
		} catch (IOException e) {
			if (capture.refusal != null) {
				throw new ClientException(endpoint + " presents a certificate the fleet root did not sign: "
						+ capture.refusal.getMessage(), e);
			}
			if (capture.server != null) {
				// we accepted the server's certificate, then it ended the handshake: it refused ours
				throw new ClientException(JsonClient.certificateRefused(endpoint, "none; " + e.getMessage()), e);
			}
			throw new ClientException("no TLS answer from " + endpoint + ": " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new ClientException("cannot set up TLS: " + e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
		if (capture.server == null) {
			throw new ClientException(endpoint + " presented no certificate");
		}
		return new ServerIdentity(endpoint, capture.server, identity.root());
	}

	/** Validates the server's certificate against the root alone (no intermediates) and keeps it. */
	private static final class CapturingTrustManager implements X509TrustManager {
		private final X509Certificate root;
		volatile X509Certificate server;
		volatile CertificateException refusal;

		CapturingTrustManager(X509Certificate root) {
			this.root = root;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			try {
				PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
				parameters.setRevocationEnabled(false);
				CertPathValidator.getInstance("PKIX").validate(
						CertificateFactory.getInstance("X.509").generateCertPath(List.of(chain[0])), parameters);
				server = chain[0];
			} catch (GeneralSecurityException e) {
				refusal = new CertificateException(e.getMessage(), e);
				throw refusal;
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("a probe is never a server");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[] { root };
		}
	}
}
