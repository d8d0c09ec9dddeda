package org.vtpmconsole.client;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.HostCertificates;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.agent.KeyCertificationInfo;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * An open connection to a host agent: the mutual-TLS context with the CRL fetched from the agent's own
 * {@code GET /v1/crl} (signed by the fleet root, so its source does not matter: docs/api.md), the agent's read
 * calls and the label actions (re-issue, rotate). Like {@link CaSession}, every call keeps the connection's state.
 */
public final class AgentSession {

	/**
	 * What one visit to an agent brought back: the host, its enrolled certificates, the AIK's certification of
	 * RSA_local over this visit's nonce, its VMs, and the label bytes of each VM that has one. Nothing here is trusted
	 * yet: the console verifies it (certificates against the fleet root, the certification against the AIK's
	 * certificate, labels against the keys so vouched for).
	 */
	public record Snapshot(HostInfo host, List<HostCertificates.Enrolled> certificates,
			RsaLocalCertification rsaLocalCertification, List<VmInfo> vms, Map<String, LabelInfo> labels) {
		public Snapshot {
			certificates = List.copyOf(certificates);
			vms = List.copyOf(vms);
			labels = Map.copyOf(labels);
		}
	}

	/** The agent's answer and the nonce this console chose for it. */
	public record RsaLocalCertification(byte[] nonce, KeyCertificationInfo answer) {
		public RsaLocalCertification {
			nonce = nonce.clone();
		}

		@Override
		public byte[] nonce() {
			return nonce.clone();
		}
	}

	private static final int NONCE_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Connection connection;
	private final FleetClientContext context;
	private final AgentClient client;
	private final Clock clock;

	private AgentSession(Connection connection, FleetClientContext context, Clock clock) {
		this.connection = connection;
		this.context = context;
		this.client = new AgentClient(new JsonClient(connection.uri(), context.context()));
		this.clock = clock;
	}

	/** The fleet root of this session's identity and the root-signed CRL the agent served. */
	public FleetTrustMaterial trustMaterial() {
		return new FleetTrustMaterial(context.root(), context.crl().currentCrl());
	}

	static AgentSession open(Connection connection, ClientIdentity identity, Clock clock) throws ClientException {
		char[] password = identity.password();
		try {
			return new AgentSession(connection, FleetClientContext.fromCa(connection.uri(), identity.keyStore(), password),
					clock);
		} catch (PkiException e) {
			throw new ClientException(e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * Opens a session on a connection that was trusted and connected before, for an action (re-issue, rotate), with
	 * the connection's identity (from {@link CredentialStore#load}). There is no trust prompt from here: the agent
	 * must present the fleet root and server certificate pinned for the connection, else the action is refused and
	 * the next connect (Fleet ▸ Refresh) asks the user.
	 */
	public static AgentSession forAction(Connection connection, ClientIdentity identity, Duration timeout, Clock clock,
			IProgressMonitor monitor) throws ClientException {
		SubMonitor progress = SubMonitor.convert(monitor, "Opening a session with " + connection.name(), 2);
		ServerIdentity server = Cancellable.call(progress.split(1),
				() -> ServerProbe.identify(connection.uri(), identity, timeout));
		if (!server.root().equals(connection.pinnedRoot().orElse(null))
				|| !server.serverCertificate().equals(connection.pinnedServerCertificate().orElse(null))) {
			throw new TrustRefusedException(connection.name() + " presents a server certificate (" + server.serverFingerprint()
					+ ") other than the one trusted for this connection; Fleet \u25B8 Refresh asks whether to trust it");
		}
		return Cancellable.call(progress.split(1), () -> open(connection, identity, clock));
	}

	/**
	 * POST /v1/vms/{uuid}/label/reissue: the agent signs the label again, valid from its own clock's now for
	 * {@code days} whole days. The answer carries the new label's bytes, for the console to verify itself.
	 */
	public LabelInfo reissueLabel(UUID vm, int days, IProgressMonitor monitor) throws ClientException {
		return call(monitor, () -> client.reissueLabel(vm, days));
	}

	/** POST /v1/vms/{uuid}/label/rotate: a new state key under the same validity; the answer is the new label. */
	public LabelInfo rotateLabel(UUID vm, IProgressMonitor monitor) throws ClientException {
		return call(monitor, () -> client.rotateLabel(vm));
	}

	/**
	 * GET /v1/host, its certificates, a fresh certification of RSA_local, /v1/vms and each VM's label; a VM without a
	 * label (404 no_label) simply has none.
	 */
	public Snapshot read(IProgressMonitor monitor) throws ClientException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + connection.name(), 4);
		HostInfo host = call(progress.split(1), client::host);
		List<HostCertificates.Enrolled> certificates = call(progress.split(1),
				() -> client.hostCertificates().certificates());
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		RsaLocalCertification certification = new RsaLocalCertification(nonce,
				call(progress.split(1), () -> client.certifyRsaLocal(nonce)));
		List<VmInfo> vms = call(progress.split(1), () -> client.vms().vms());
		Map<String, LabelInfo> labels = new LinkedHashMap<>();
		SubMonitor perVm = SubMonitor.convert(progress, vms.size());
		for (VmInfo vm : vms) {
			try {
				labels.put(vm.uuid(), call(perVm.split(1), () -> client.label(UUID.fromString(vm.uuid()))));
			} catch (ClientException e) {
				if (!(e.getCause() instanceof ApiCallException api && api.status() == 404)) {
					throw e;
				}
			}
		}
		return new Snapshot(host, certificates, certification, vms, labels);
	}

	private <T> T call(IProgressMonitor monitor, Cancellable.Call<T> call) throws ClientException {
		return ConnectionCalls.call(connection, clock, monitor, call);
	}
}
