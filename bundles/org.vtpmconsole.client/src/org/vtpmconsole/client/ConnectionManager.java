package org.vtpmconsole.client;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * Connects the registry's connections: checks the server against what the user trusted (asking the
 * {@link TrustCallback} on first contact and when the server certificate changed), then opens the mutual-TLS
 * session and keeps each connection's state. Each session fetches its CRL from the server it talks to (CA or
 * agent): the CRL is signed by the fleet root, so an agent can be connected without the CA.
 */
public final class ConnectionManager {

	/** What {@code connectionTimeoutSeconds} defaults to (docs/console-ui.md). */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
	private static final String RSA_LOCAL = "rsa-local";

	private final ConnectionRegistry registry;
	private final CredentialStore credentials;
	private final Clock clock;
	private final Map<String, CaSession> caSessions = new ConcurrentHashMap<>();
	private final Map<String, FleetTrustMaterial> agentTrust = new ConcurrentHashMap<>();
	private volatile AgentInventory inventory;
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

	/** Where agent connections put their host, VMs and labels; without one an agent connect only reads. */
	public void setInventory(AgentInventory inventory) {
		this.inventory = inventory;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/** The open session of the registry's CA connection, if it is connected. */
	public Optional<CaSession> caSession() {
		return registry.ca().flatMap(this::caSession);
	}

	/** The open session of a CA connection, registered or not (the wizard tests one before it is). */
	/**
	 * The fleet root and the newest CRL the registered agents served, for checking chains when there is no CA session
	 * (a CA session's CRL is the authority when there is one).
	 */
	public Optional<FleetTrustMaterial> agentTrustMaterial() {
		return agentTrust.values().stream().max(Comparator.comparing(material -> material.crl().getThisUpdate()));
	}

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
	 * connection also lists the certificates once, which proves the role may read the directory. An agent connection
	 * reads the host, its VMs and their labels, checks the host's RSA_local against the pin (pinning it on first
	 * contact) and puts them into the {@link AgentInventory}.
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
				progress.subTask("Fetching the CRL, the host, its VMs and their labels");
				AgentSession session = Cancellable.call(progress.split(1), () -> AgentSession.open(connection, identity, clock));
				AgentSession.Snapshot snapshot = session.read(progress.split(1));
				if (registry.find(connection.id()).isPresent()) {
					agentTrust.put(connection.id(), session.trustMaterial());
				}
				pinRsaLocal(connection, snapshot.host());
				AgentInventory target = inventory;
				// a connection the wizard only tests leaves the fleet alone until it is added
				if (target != null && registry.find(connection.id()).isPresent()) {
					target.apply(connection, snapshot);
				}
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

	/**
	 * Forgets a connection for good: its identity leaves secure storage first (when that fails, nothing else
	 * changes), then its session and its entry in the registry. Cancel its {@link ConnectJob}s before.
	 */
	public void remove(Connection connection) throws ClientException {
		credentials.remove(connection.id());
		caSessions.remove(connection.id());
		agentTrust.remove(connection.id());
		registry.remove(connection);
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

	/**
	 * A change alarm for RSA_local: the public area must hash to the name the agent reports (so it is the key that
	 * signs the host's LOCAL labels), and must be the one pinned at first contact. Whether the key is trusted at all is
	 * decided by the AIK's certification of it, in the console's label verification.
	 */
	private void pinRsaLocal(Connection connection, HostInfo host) throws ClientException {
		byte[] publicArea = host.rsaLocalPublicArea();
		String reportedName = host.keyNames().get(RSA_LOCAL);
		try {
			if (publicArea == null || reportedName == null
					|| !HexFormat.of().formatHex(TpmPublicArea.parse(publicArea).name()).equalsIgnoreCase(reportedName)) {
				throw new ClientException(host.name() + " reported an RSA_local public area that does not match its name");
			}
		} catch (VerificationException e) {
			throw new ClientException(host.name() + " reported an unreadable RSA_local public area: " + e.getMessage(), e);
		}
		Optional<byte[]> pinned = connection.pinnedRsaLocal();
		if (pinned.isEmpty()) {
			connection.pinRsaLocal(publicArea);
			registry.save();
		} else if (!Arrays.equals(pinned.get(), publicArea)) {
			throw new TrustRefusedException("the RSA_local key of " + host.name() + " (" + reportedName
					+ ") is not the one pinned at first contact; remove and add the connection to trust a re-provisioned TPM");
		}
	}
}
