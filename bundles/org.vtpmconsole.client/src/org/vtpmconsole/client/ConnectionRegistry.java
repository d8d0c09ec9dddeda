package org.vtpmconsole.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

	/**
	 * The file's shape; certificates are DER (base64 in JSON). Only id, kind, name and url are required: a field
	 * added later (the RSA_local pin) is simply absent from an older file and reads as "nothing pinned".
	 */
	record StoredConnection(String id, ConnectionKind kind, String name, String url, String identityLabel,
			byte[] pinnedRoot, byte[] pinnedServerCertificate, byte[] pinnedRsaLocal) {
	}

	record RegistryFile(Integer version, List<StoredConnection> connections) {
	}

	/** What is wrong with the registry file, said so an administrator can repair it. */
	static final class UnreadableRegistry extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableRegistry(String message) {
			super(message);
		}
	}

	static final int VERSION = 1;
	/** Where an unreadable registry goes before the first save writes a new one (with .1, .2 ... if taken). */
	static final String UNREADABLE_SUFFIX = ".unreadable";

	private final ILog log = ILog.of(getClass());
	private final Path file;
	private final List<Connection> connections = new CopyOnWriteArrayList<>();
	private final List<Consumer<Connection>> listeners = new CopyOnWriteArrayList<>();
	/** The file could not be read: it must not be overwritten, it is moved aside at the first save. */
	private boolean keepUnreadableFile;

	/** @param file where to keep the registry; null keeps it in memory only */
	public ConnectionRegistry(Path file) {
		this.file = file;
		if (file != null && Files.isRegularFile(file)) {
			load();
		}
	}

	private void load() {
		try {
			parse(Files.readAllBytes(file)).forEach(this::attach);
		} catch (IOException | UnreadableRegistry e) {
			// a damaged registry must not stop the console, and must not be lost: it stays for the administrator
			keepUnreadableFile = true;
			log.error("The connection registry " + file + " cannot be read: " + e.getMessage()
					+ ". The console starts without connections; the file is left as it is and moved to "
					+ file.getFileName() + UNREADABLE_SUFFIX + " before a new registry is saved.");
		}
	}

	private static List<Connection> parse(byte[] content) throws UnreadableRegistry {
		RegistryFile stored;
		try {
			stored = Json.read(content, RegistryFile.class);
		} catch (Json.JsonProblem e) {
			throw new UnreadableRegistry(e.getMessage());
		}
		if (stored.version() != null && stored.version() != VERSION) {
			throw new UnreadableRegistry("it has format version " + stored.version() + "; this console reads version "
					+ VERSION);
		}
		if (stored.connections() == null) {
			throw new UnreadableRegistry("it has no 'connections' list");
		}
		List<Connection> loaded = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < stored.connections().size(); i++) {
			StoredConnection entry = stored.connections().get(i);
			String where = "connection " + (i + 1);
			if (entry == null) {
				throw new UnreadableRegistry(where + " is null");
			}
			require(entry.id(), "id", where);
			require(entry.kind(), "kind", where);
			require(entry.name(), "name", where);
			require(entry.url(), "url", where);
			where += " (" + entry.name() + ")";
			if (!ids.add(entry.id())) {
				throw new UnreadableRegistry(where + " has the id of an earlier one");
			}
			Connection connection;
			try {
				connection = new Connection(entry.id(), entry.kind(), entry.name(), new URI(entry.url()));
			} catch (URISyntaxException | IllegalArgumentException e) {
				throw new UnreadableRegistry(where + ": " + e.getMessage());
			}
			connection.setIdentityLabel(entry.identityLabel());
			connection.pin(certificate(entry.pinnedRoot(), "pinnedRoot", where),
					certificate(entry.pinnedServerCertificate(), "pinnedServerCertificate", where));
			connection.pinRsaLocal(entry.pinnedRsaLocal());
			loaded.add(connection);
		}
		return loaded;
	}

	private static void require(Object value, String field, String where) throws UnreadableRegistry {
		if (value == null) {
			throw new UnreadableRegistry(where + " has no '" + field + "'");
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
			if (keepUnreadableFile) {
				moveUnreadableFileAside();
			}
			AtomicFiles.write(file, Json.write(new RegistryFile(VERSION, stored)));
		} catch (IOException e) {
			log.error("The connection registry cannot be saved to " + file, e);
		}
	}

	private void moveUnreadableFileAside() throws IOException {
		if (Files.exists(file)) {
			Path aside = file.resolveSibling(file.getFileName() + UNREADABLE_SUFFIX);
			for (int n = 1; Files.exists(aside); n++) {
				aside = file.resolveSibling(file.getFileName() + UNREADABLE_SUFFIX + "." + n);
			}
			Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
			log.warn("The unreadable connection registry was moved to " + aside + " before saving a new one");
		}
		keepUnreadableFile = false;
	}

	private static byte[] der(Optional<X509Certificate> certificate) {
		try {
			return certificate.isPresent() ? certificate.get().getEncoded() : null;
		} catch (CertificateEncodingException e) {
			throw new IllegalStateException("a pinned certificate does not encode", e);
		}
	}

	private static X509Certificate certificate(byte[] der, String field, String where) throws UnreadableRegistry {
		try {
			return der == null ? null
					: (X509Certificate) CertificateFactory.getInstance("X.509")
							.generateCertificate(new ByteArrayInputStream(der));
		} catch (CertificateException e) {
			throw new UnreadableRegistry(where + ": '" + field + "' is not a DER certificate");
		}
	}
}
