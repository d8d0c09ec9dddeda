package org.vtpmconsole.ui.connections;

import java.util.Optional;

import org.vtpmconsole.client.CaSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionManager;
import org.vtpmconsole.client.ConnectionRegistry;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * The console's side of the connection layer: registry, identities, trust prompts, connects in Jobs. When a CA
 * session opens (or its CRL changes) it posts {@link #CA_SESSION_TOPIC}, so the CA view and the certificate editors
 * pick it up. Found in the application context (a context function of this bundle puts
 * {@link WorkspaceConnections} there), so a test or the lab can put another one there.
 */
public interface ConsoleConnections {

	/** Event with the {@link CaSession} as data: a CA session opened, or its CRL or directory changed. */
	String CA_SESSION_TOPIC = "org/vtpmconsole/connections/caSession";
	/** Posted with a {@link org.vtpmconsole.client.FleetTrustMaterial} after an agent connected. */
	String AGENT_TRUST_TOPIC = "org/vtpmconsole/connections/agentTrust";
	/** Posted with the connection's id when the fleet CA connection is removed: its session's facts are void. */
	String CA_REMOVED_TOPIC = "org/vtpmconsole/connections/caRemoved";

	ConnectionManager manager();

	FleetRepository fleet();

	ConnectionRegistry registry();

	/** Connects in a user Job (retrying with backoff); a CA connection announces its session when it is up. */
	ConnectJob connect(Connection connection);

	/**
	 * Cancels the connection's connect Jobs, a scheduled retry included, so none reloads a host that is being
	 * changed or removed. Not joined: a Job may be waiting for the trust prompt on the UI thread that calls this.
	 */
	void stopConnecting(Connection connection);

	/** The agent connection of a fleet host, if it has one. */
	Optional<Connection> agentOf(Host host);

	/**
	 * Removes a connection for good and records it in the audit log: its Jobs stop, its identity leaves secure
	 * storage, its entry leaves the registry, and an agent's host with its VMs leaves the fleet. The audit log keeps
	 * its entries. When secure storage cannot be changed nothing is removed and the failure is recorded.
	 */
	void remove(Connection connection) throws ClientException;

	/** Re-contacts everything: at start and on Fleet ▸ Refresh; an agent reloads its host, VMs and labels. */
	void connectAll();

	Optional<CaSession> caSession();

	/** Tells the CA view and the editors that the session's directory or CRL changed. */
	void announce(CaSession session);
}
