package org.vtpmconsole.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.FleetTls;

/**
 * Connects the registry's connections: checks the server against what the user trusted (asking the
 * {@link TrustCallback} on first contact and when the server certificate changed), then opens the mutual-TLS
 * session and keeps each connection's state. Agents are checked against the CRL of the CA session, so the CA
 * connection comes first.
 */
public final class ConnectionManager {

	/** What {@code connectionTimeoutSeconds} defaults to (docs/console-ui.md). */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final ConnectionRegistry registry;
	private final CredentialStore credentials;
	private final Clock clock;
	private final Map<String, CaSession> caSessions = new ConcurrentHashMap<>();
	private volatile TrustCallback trust;
	private volatile Duration timeout = DEFAULT_TIMEOUT;

	public ConnectionManager(ConnectionRegistry registry, CredentialStore credentials, TrustCallback trust, Clock clock) {
		this.registry = registry;
		this.credentials = credentials;
		this.trust = trust;
		this.clock = clock;
	}

	public ConnectionRegistry registry() {
		return registry;
	}

	public CredentialStore credentials() {
		return credentials;
	}

	public void setTrustCallback(TrustCallback trust) {
		this.trust = trust;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/** The open session of the registry's CA connection, if it is connected. */
	public Optional<CaSession> caSession() {
		return registry.ca().flatMap(this::caSession);
	}

	/** The open session of a CA connection, registered or not (the wizard tests one before it is). */
	public Optional<CaSession> caSession(Connection connection) {
		return Optional.ofNullable(caSessions.get(connection.id()));
	}

	/** Connects with the identity kept in secure storage for this connection. */
	public void connect(Connection connection, IProgressMonitor monitor) throws ClientException {
		ClientIdentity identity;
		try {
			identity = credentials.load(connection.id());
		} catch (ClientException e) {
			connection.markFailed(e.getMessage());
			throw e;
		}
		connect(connection, identity, monitor);
	}

	/**
	 * Connects with the given identity (the wizard tests one before it is stored): probe, trust, session. A CA
	 * connection also lists the certificates once, which proves the role may read the directory.
	 */
	public void connect(Connection connection, ClientIdentity identity, IProgressMonitor monitor) throws ClientException {
		SubMonitor progress = SubMonitor.convert(monitor, "Connecting to " + connection.name(), 3);
		connection.markConnecting();
		try {
			progress.subTask("Checking the server certificate of " + connection.uri());
			ServerIdentity server = Cancellable.call(progress.split(1),
					() -> ServerProbe.identify(connection.uri(), identity, timeout));
			confirmTrust(connection, server);
			if (connection.kind() == ConnectionKind.CA) {
				progress.subTask("Fetching the CRL and the certificate directory");
				CaSession session = Cancellable.call(progress.split(1), () -> CaSession.open(connection, identity, clock));
				session.certificates(progress.split(1));
				caSessions.put(connection.id(), session);
			} else {
				progress.subTask("Mutual TLS with " + connection.uri());
				SSLContext context = agentContext(identity);
				Cancellable.call(progress.split(2), () -> handshake(context, connection));
			}
			connection.markConnected(clock.instant());
		} catch (ClientException e) {
			caSessions.remove(connection.id());
			connection.markFailed(e.getMessage());
			throw e;
		} catch (OperationCanceledException e) {
			connection.markFailed("cancelled");
			throw e;
		}
	}

	/** Forgets the session; the state stays as it was until the next connect. */
	public void disconnect(Connection connection) {
		caSessions.remove(connection.id());
	}

	private void confirmTrust(Connection connection, ServerIdentity server) throws ClientException {
		X509Certificate pinnedRoot = connection.pinnedRoot().orElse(null);
		if (!server.root().equals(pinnedRoot)) {
			if (!trust.trustRoot(server)) {
				throw new TrustRefusedException("the fleet root " + server.rootFingerprint() + " was not trusted");
			}
		} else {
			X509Certificate pinnedServer = connection.pinnedServerCertificate().orElse(null);
			if (pinnedServer != null && !pinnedServer.equals(server.serverCertificate()) && !trust
					.trustChangedServerCertificate(new ServerIdentity(connection.uri(), pinnedServer, pinnedRoot), server)) {
				throw new TrustRefusedException("the changed server certificate " + server.serverFingerprint()
						+ " was not accepted");
			}
		}
		if (!server.serverCertificate().equals(connection.pinnedServerCertificate().orElse(null))) {
			connection.pin(server.root(), server.serverCertificate());
			registry.save();
		}
	}

	private SSLContext agentContext(ClientIdentity identity) throws ClientException {
		CaSession ca = caSession().orElseThrow(() -> new ClientException(
				"connect to the fleet CA first: agents are checked against its revocation list"));
		char[] password = identity.password();
		try {
			return FleetTls.clientContext(identity.keyStore(), password, identity.root(), ca.context().crl());
		} catch (PkiException e) {
			throw new ClientException(e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** Until the agent API has a call of its own, a full fleet handshake (revocation, host name) is the test. */
	private Void handshake(SSLContext context, Connection connection) throws ClientException {
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
			socket.setSoTimeout((int) timeout.toMillis());
			socket.connect(new InetSocketAddress(connection.uri().getHost(), connection.uri().getPort()),
					(int) timeout.toMillis());
			socket.startHandshake();
			return null;
		} catch (IOException e) {
			throw new ClientException("mutual TLS with " + connection.uri() + " failed: " + e.getMessage(), e);
		}
	}
}
