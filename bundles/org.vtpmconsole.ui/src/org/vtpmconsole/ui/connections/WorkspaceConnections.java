package org.vtpmconsole.ui.connections;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.vtpmconsole.client.AgentInventory;
import org.vtpmconsole.client.Backoff;
import org.vtpmconsole.client.CaSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.client.ConnectionManager;
import org.vtpmconsole.client.ConnectionRegistry;
import org.vtpmconsole.client.CredentialStore;
import org.vtpmconsole.client.HostStateMirror;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.ui.preferences.ConsolePreference;

import jakarta.inject.Inject;

/**
 * The console's connection layer as the workspace keeps it: the registry in the workspace, identities in secure
 * storage, the trust prompt as the {@link org.vtpmconsole.client.TrustCallback}, connects in user Jobs (shown in
 * the progress area), the agents' answers into the fleet through the {@link FleetRepository}'s writer.
 */
public final class WorkspaceConnections implements ConsoleConnections {

	private final ConnectionManager manager;
	private final IEventBroker events;
	private final FleetRepository fleet;

	/**
	 * Identities go to the default secure storage; its file and master password can be given on the command line
	 * ({@code -eclipse.keyring FILE -eclipse.password FILE}), which is how the UI tests keep out of the home directory.
	 */
	@Inject
	public WorkspaceConnections(FleetRepository fleet, IEventBroker events, UISynchronize sync) {
		this.events = events;
		this.fleet = fleet;
		ConnectionRegistry registry = new ConnectionRegistry(workspaceFile());
		manager = new ConnectionManager(registry, new CredentialStore(SecurePreferencesFactory.getDefault()),
				new DialogTrustCallback(sync),
				Clock.systemUTC());
		manager.setInventory(new AgentInventory(fleet));
		registry.addListener(new HostStateMirror(fleet));
	}

	private static Path workspaceFile() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			return null;
		}
		try {
			return Path.of(instance.getURL().toURI()).resolve(ConnectionRegistry.FILE_NAME);
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Path.of(instance.getURL().getPath()).resolve(ConnectionRegistry.FILE_NAME);
		}
	}

	@Override
	public ConnectionManager manager() {
		return manager;
	}

	@Override
	public FleetRepository fleet() {
		return fleet;
	}

	@Override
	public ConnectionRegistry registry() {
		return manager.registry();
	}

	@Override
	public ConnectJob connect(Connection connection) {
		manager.setTimeout(Duration.ofSeconds(ConsolePreference.CONNECTION_TIMEOUT.value()));
		ConnectJob job = new ConnectJob(manager, connection, Backoff.DEFAULT);
		// shown in the progress area, with Cancel
		job.setUser(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() != IStatus.OK) {
					return;
				}
				if (connection.kind() == ConnectionKind.CA) {
					manager.caSession().ifPresent(WorkspaceConnections.this::announce);
				} else {
					manager.agentTrustMaterial().ifPresent(material -> events.post(AGENT_TRUST_TOPIC, material));
				}
			}
		});
		job.schedule();
		return job;
	}

	@Override
	public void stopConnecting(Connection connection) {
		Job.getJobManager().cancel(connection);
	}

	@Override
	public Optional<Connection> agentOf(Host host) {
		return registry().connections().stream().filter(connection -> connection.isAgentOf(host)).findFirst();
	}

	@Override
	public void remove(Connection connection) throws ClientException {
		String user = actingUser(connection);
		String target = connection.name() + " (" + connection.uri() + ")";
		stopConnecting(connection);
		try {
			manager.remove(connection);
		} catch (ClientException e) {
			fleet.recordAudit(user, "remove connection", target, AuditOutcome.FAILURE, e.getMessage());
			throw e;
		}
		List<Host> hosts = fleet.fleet().getHosts().stream().filter(connection::isAgentOf).toList();
		fleet.removeHosts(hosts);
		StringBuilder detail = new StringBuilder("client identity removed from secure storage");
		for (Host host : hosts) {
			int vms = host.getVirtualMachines().size();
			detail.append("; host ").append(host.getName()).append(" with ").append(vms).append(vms == 1 ? " VM" : " VMs")
					.append(" removed from the fleet view");
		}
		fleet.recordAudit(user, "remove connection", target, AuditOutcome.SUCCESS, detail.toString());
		if (connection.kind() == ConnectionKind.CA) {
			events.post(CA_REMOVED_TOPIC, connection.id());
		}
	}

	/** Who the audit log names: the subject of the connection's identity, else the local account. */
	private String actingUser(Connection connection) {
		try {
			return manager.credentials().load(connection.id()).subject();
		} catch (ClientException e) {
			return System.getProperty("user.name") + " (no fleet identity stored)";
		}
	}

	@Override
	public void connectAll() {
		registry().ca().ifPresent(this::connect);
		registry().connections().stream().filter(c -> c.kind() == ConnectionKind.AGENT).forEach(this::connect);
	}

	@Override
	public Optional<CaSession> caSession() {
		return manager.caSession();
	}

	@Override
	public void announce(CaSession session) {
		events.post(CA_SESSION_TOPIC, session);
	}
}
