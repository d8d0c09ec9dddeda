package org.vtpmconsole.ui.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.connections.ConsoleConnections;

/**
 * The connection a connection command works on: the fleet CA's when the command's parameter says
 * {@value #CA}, otherwise the agent connection of the one host selected in the explorer.
 */
final class SelectedConnection {

	/** Id of the command parameter that picks the connection; its only value is {@value #CA}. */
	static final String PARAMETER = "org.vtpmconsole.ui.commandparameter.connection";
	static final String CA = "ca";

	private SelectedConnection() {
	}

	static Optional<Connection> of(String which, IStructuredSelection selection, ConsoleConnections connections) {
		if (CA.equals(which)) {
			return connections.registry().ca();
		}
		List<Host> hosts = FleetSelection.allOf(selection, Host.class);
		return hosts.size() == 1 ? connections.agentOf(hosts.get(0)) : Optional.empty();
	}
}
