package org.vtpmconsole.ui.connections;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.ClientIdentity;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.model.AuditOutcome;

/**
 * What the wizard or the properties dialog is editing, shared by their pages: the endpoint, and an identity file
 * with its password when the user picked one (else the identity stays the stored one). A test connects the very
 * {@link Connection} that Finish registers, so what the user trusted during the test stays pinned.
 */
final class ConnectionDraft {

	private final ConsoleConnections connections;
	private final boolean isNew;
	private Connection connection;
	ConnectionKind kind = ConnectionKind.CA;
	String name = "";
	String url = "";
	Path identityFile;
	char[] password = new char[0];

	private ConnectionDraft(ConsoleConnections connections, Connection existing) {
		this.connections = connections;
		this.isNew = existing == null;
		this.connection = existing;
		if (existing != null) {
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
		return isNew;
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
			return isNew ? "Choose the PKCS#12 file of your fleet identity (from vtpmctl ca issue-user)" : null;
		}
		if (!Files.isReadable(identityFile)) {
			return "Cannot read " + identityFile;
		}
		return password.length == 0 ? "Enter the password of the PKCS#12 file" : null;
	}

	/** The connection with the entered name and URL; a new one is made once (again if its kind changes). */
	Connection connection() {
		if (connection == null || (isNew && connection.kind() != kind)) {
			connection = new Connection(kind, name.trim(), URI.create(url.trim()));
		}
		connection.setName(name.trim());
		connection.setUri(URI.create(url.trim()));
		return connection;
	}

	/** The picked identity, else the stored one. */
	ClientIdentity identity() throws ClientException {
		if (identityFile == null) {
			return connections.manager().credentials().load(connection().id());
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
	 * Stores the identity (if one was picked), registers or saves the connection, makes sure an agent's host is in
	 * the fleet, records the change in the audit log and connects.
	 */
	Connection apply() throws ClientException {
		Connection target = connection();
		String user = identity().subject();
		if (identityFile != null) {
			connections.manager().credentials().store(target.id(), readIdentityFile(), password);
			target.setIdentityLabel(identityFile.getFileName().toString());
			Arrays.fill(password, '\0');
		}
		if (isNew) {
			connections.registry().add(target);
		} else {
			connections.registry().save();
		}
		if (target.kind() == ConnectionKind.AGENT && !hostInFleet(target.uri().getHost())) {
			connections.fleet().addHost(target.name(), target.uri().getHost());
		}
		connections.fleet().recordAudit(user, isNew ? "add connection" : "change connection",
				target.name() + " (" + target.uri() + ")", AuditOutcome.SUCCESS,
				identityFile == null ? null : "identity " + identityFile.getFileName());
		connections.connect(target);
		return target;
	}

	private boolean hostInFleet(String address) {
		return connections.fleet().fleet().getHosts().stream().anyMatch(
				host -> address.equalsIgnoreCase(host.getAddress()) || address.equalsIgnoreCase(host.getName()));
	}
}
