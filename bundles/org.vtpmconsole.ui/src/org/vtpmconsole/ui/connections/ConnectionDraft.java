package org.vtpmconsole.ui.connections;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ClientIdentity;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.client.ConnectionState;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Host;

/**
 * What the wizard or the properties dialog is editing, shared by their pages: the endpoint, and an identity file
 * with its password when the user picked one (else the identity stays the stored one). For a new connection a test
 * connects the very {@link Connection} that Finish registers, so what the user trusted during the test stays pinned.
 * For an existing one the test connects a {@link Connection#trialCopy() trial copy}: the registered connection, its
 * host and its secure-storage entry change only when the edit is applied, so Cancel leaves everything as it was.
 */
final class ConnectionDraft {

	private final ConsoleConnections connections;
	/** The registered connection being edited, or null for a new one. */
	private final Connection existing;
	/** What tests connect: the new connection itself, or a trial copy of the existing one. */
	private Connection connection;
	ConnectionKind kind = ConnectionKind.CA;
	String name = "";
	String url = "";
	Path identityFile;
	char[] password = new char[0];

	private ConnectionDraft(ConsoleConnections connections, Connection existing) {
		this.connections = connections;
		this.existing = existing;
		if (existing != null) {
			connection = existing.trialCopy();
			kind = existing.kind();
			name = existing.name();
			url = existing.uri().toString();
		}
	}

	static ConnectionDraft create(ConsoleConnections connections) {
		return new ConnectionDraft(connections, null);
	}

	static ConnectionDraft edit(ConsoleConnections connections, Connection existing) {
		return new ConnectionDraft(connections, existing);
	}

	boolean isNew() {
		return existing == null;
	}

	ConsoleConnections connections() {
		return connections;
	}

	/** The endpoint's problem, or null. */
	String endpointError() {
		if (name.isBlank()) {
			return "Enter a name for the connection";
		}
		try {
			Connection.checkedUri(URI.create(url.trim()));
			return null;
		} catch (IllegalArgumentException e) {
			return "Enter the URL as https://host:port";
		}
	}

	/** The identity's problem, or null. */
	String identityError() {
		if (identityFile == null) {
			return isNew() ? "Choose the PKCS#12 file of your fleet identity (from vtpmctl ca issue-user)" : null;
		}
		if (!Files.isReadable(identityFile)) {
			return "Cannot read " + identityFile;
		}
		return password.length == 0 ? "Enter the password of the PKCS#12 file" : null;
	}

	/** The connection a test connects, with the entered name and URL; a new one is made again if its kind changes. */
	Connection connection() {
		if (connection == null || connection.kind() != kind) {
			connection = new Connection(kind, name.trim(), URI.create(url.trim()));
		}
		connection.setName(name.trim());
		connection.setUri(URI.create(url.trim()));
		return connection;
	}

	/** The picked identity, else the stored one. */
	ClientIdentity identity() throws ClientException {
		if (identityFile == null) {
			return connections.manager().credentials().load(isNew() ? connection().id() : existing.id());
		}
		return ClientIdentity.open(readIdentityFile(), password);
	}

	private byte[] readIdentityFile() throws ClientException {
		try {
			return Files.readAllBytes(identityFile);
		} catch (IOException e) {
			throw new ClientException("cannot read " + identityFile + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Stores the identity (if one was picked: it replaces the stored one), registers the new connection or changes
	 * the existing one, makes sure an agent's host is in the fleet, records the change in the audit log and
	 * connects (again).
	 */
	Connection apply() throws ClientException {
		Connection edited = connection();
		String user = identity().subject();
		Connection target = isNew() ? edited : existing;
		if (identityFile != null) {
			connections.manager().credentials().store(target.id(), readIdentityFile(), password);
			target.setIdentityLabel(identityFile.getFileName().toString());
			Arrays.fill(password, '\0');
		}
		if (!isNew()) {
			connections.stopConnecting(existing);
		}
		String changes = isNew() ? null : changes(edited);
		if (isNew()) {
			connections.registry().add(target);
		} else {
			applyTo(edited);
		}
		if (target.kind() == ConnectionKind.AGENT && !hostInFleet(target)) {
			connections.fleet().addHost(target.name(), target.uri().getHost());
		}
		String identityChange = identityFile == null ? null : "identity " + identityFile.getFileName();
		connections.fleet().recordAudit(user, isNew() ? "add connection" : "change connection",
				target.name() + " (" + target.uri() + ")", AuditOutcome.SUCCESS,
				changes == null ? identityChange : identityChange == null ? changes : changes + "; " + identityChange);
		connections.connect(target);
		return target;
	}

	/** Name and URL onto the registered connection, the host moved along with its agent, and a tested trust kept. */
	private void applyTo(Connection edited) {
		List<Host> hosts = connections.fleet().fleet().getHosts().stream().filter(existing::isAgentOf).toList();
		if (edited.state() == ConnectionState.CONNECTED) {
			existing.adoptTrust(edited);
		}
		existing.setUri(edited.uri());
		connections.fleet().update(() -> hosts.forEach(host -> host.setAddress(edited.uri().getHost())));
		existing.setName(edited.name());
		connections.manager().disconnect(existing);
		connections.registry().save();
		connections.fleet().save();
	}

	private String changes(Connection edited) {
		List<String> changes = new ArrayList<>();
		if (!existing.name().equals(edited.name())) {
			changes.add("name " + existing.name() + " \u2192 " + edited.name());
		}
		if (!existing.uri().equals(edited.uri())) {
			changes.add("URL " + existing.uri() + " \u2192 " + edited.uri());
		}
		return changes.isEmpty() ? null : String.join("; ", changes);
	}

	private boolean hostInFleet(Connection agent) {
		return connections.fleet().fleet().getHosts().stream().anyMatch(agent::isAgentOf);
	}
}
