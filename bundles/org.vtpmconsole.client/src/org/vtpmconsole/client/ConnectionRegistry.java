package org.vtpmconsole.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.AtomicFiles;
import org.vtpmconsole.protocol.http.Json;

/**
 * The console's connections, kept in {@code connections.json} in the workspace (written atomically). The file holds
 * what is public: names, URLs, the pinned root and server certificates. Identities and their passwords live in the
 * {@link CredentialStore}. Runtime state (connected, failed) is not persisted: every start begins unknown.
 */
public final class ConnectionRegistry {

	public static final String FILE_NAME = "connections.json";

	/** The file's shape; certificates are DER (base64 in JSON). */
	record StoredConnection(String id, ConnectionKind kind, String name, String url, String identityLabel,
			byte[] pinnedRoot, byte[] pinnedServerCertificate, byte[] pinnedRsaLocal) {
	}

	record RegistryFile(int version, List<StoredConnection> connections) {
	}

	private final ILog log = ILog.of(getClass());
	private final Path file;
	private final List<Connection> connections = new CopyOnWriteArrayList<>();
	private final List<Consumer<Connection>> listeners = new CopyOnWriteArrayList<>();

	/** @param file where to keep the registry; null keeps it in memory only */
	public ConnectionRegistry(Path file) {
		this.file = file;
		if (file != null && Files.isRegularFile(file)) {
			load();
		}
	}

	private void load() {
		try {
			RegistryFile stored = Json.read(Files.readAllBytes(file), RegistryFile.class);
			for (StoredConnection entry : stored.connections()) {
				Connection connection = new Connection(entry.id(), entry.kind(), entry.name(), URI.create(entry.url()));
				connection.setIdentityLabel(entry.identityLabel());
				connection.pin(certificate(entry.pinnedRoot()), certificate(entry.pinnedServerCertificate()));
				connection.pinRsaLocal(entry.pinnedRsaLocal());
				attach(connection);
			}
		} catch (IOException | Json.JsonProblem | CertificateException | RuntimeException e) {
			// a damaged registry must not stop the console; the file stays for the administrator to look at
			log.error("The connection registry " + file + " cannot be read; starting without connections", e);
			connections.clear();
		}
	}

	public List<Connection> connections() {
		return List.copyOf(connections);
	}

	public Optional<Connection> find(String id) {
		return connections.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The fleet CA connection: the first one of kind CA (a console serves one fleet). */
	public Optional<Connection> ca() {
		return connections.stream().filter(c -> c.kind() == ConnectionKind.CA).findFirst();
	}

	public void add(Connection connection) {
		attach(connection);
		save();
		fire(connection);
	}

	public void remove(Connection connection) {
		connections.remove(connection);
		connection.onChange(() -> {
		});
		save();
		fire(connection);
	}

	/** Told about additions, removals and every change of a connection, on the thread that made it. */
	public void addListener(Consumer<Connection> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Connection> listener) {
		listeners.remove(listener);
	}

	private void attach(Connection connection) {
		connections.add(connection);
		connection.onChange(() -> fire(connection));
	}

	private void fire(Connection connection) {
		listeners.forEach(listener -> listener.accept(connection));
	}

	/** Writes the file; a failure is logged, the connections stay in memory. */
	public synchronized void save() {
		if (file == null) {
			return;
		}
		List<StoredConnection> stored = new ArrayList<>();
		for (Connection c : connections) {
			stored.add(new StoredConnection(c.id(), c.kind(), c.name(), c.uri().toString(), c.identityLabel().orElse(null),
					der(c.pinnedRoot()), der(c.pinnedServerCertificate()), c.pinnedRsaLocal().orElse(null)));
		}
		try {
			Files.createDirectories(file.getParent());
			AtomicFiles.write(file, Json.write(new RegistryFile(1, stored)));
		} catch (IOException e) {
			log.error("The connection registry cannot be saved to " + file, e);
		}
	}

	private static byte[] der(Optional<X509Certificate> certificate) {
		try {
			return certificate.isPresent() ? certificate.get().getEncoded() : null;
		} catch (CertificateEncodingException e) {
			throw new IllegalStateException("a pinned certificate does not encode", e);
		}
	}

	private static X509Certificate certificate(byte[] der) throws CertificateException {
		return der == null ? null
				: (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}
}
