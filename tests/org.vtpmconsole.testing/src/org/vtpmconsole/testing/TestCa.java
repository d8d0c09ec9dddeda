package org.vtpmconsole.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.vtpmconsole.ca.CaConfig;
import org.vtpmconsole.ca.CaServer;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * A real fleet CA for tests: initialised in a temporary directory, served on 127.0.0.1 (ephemeral port) from a real
 * configuration file, with identities {@code admin} (alice), {@code auditor} (olga) and {@code agent} (a TLS server
 * certificate for {@link #AGENT_HOST}), each in DIR/NAME.p12 under {@link #PASSWORD}.
 */
public final class TestCa implements AutoCloseable {

	public static final char[] PASSWORD = "identity password".toCharArray();
	public static final String AGENT_HOST = "host-b.fleet.test";
	private static final String PASSPHRASE = "correct horse battery staple";

	public final Path directory;
	private final Path config;
	private final IssuedCertificate agentCertificate;
	private CaServer server;

	public TestCa(Path directory) throws Exception {
		this.directory = directory;
		Path secrets = Files.createDirectories(directory.resolve("secrets"));
		Path passphrase = secret(secrets.resolve("ca.passphrase"), PASSPHRASE);
		Path password = secret(secrets.resolve("tls.password"), new String(PASSWORD));
		try (FleetCa ca = FleetCa.init(directory.resolve("ca"), PASSPHRASE.toCharArray(), CaOptions.defaults())) {
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), identityFile("ca"), PASSWORD);
			ca.issueUser("alice", Role.ADMIN, identityFile("admin"), PASSWORD);
			ca.issueUser("olga", Role.AUDITOR, identityFile("auditor"), PASSWORD);
			agentCertificate = ca.issueTlsServer(AGENT_HOST, List.of(), identityFile("agent"), PASSWORD);
		}
		config = directory.resolve("ca.properties");
		Files.writeString(config, String.join("\n", "ca.directory = ca", "ca.passphrase.file = " + passphrase,
				"tls.identity = ca.p12", "tls.password.file = " + password, "listen.address = 127.0.0.1",
				"listen.port = 0", "enrollment.nonce.lifetime = 60", ""));
		start();
	}

	private static Path secret(Path file, String value) throws IOException {
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	public void start() throws Exception {
		server = CaServer.start(CaConfig.load(config));
	}

	public void stop() {
		server.close();
	}

	/** Stops the CA and starts it again on the same directory and configuration. */
	public void restart() throws Exception {
		stop();
		start();
	}

	/** A renewed TLS certificate for the CA's endpoint: what a client must notice and ask about. */
	public void renewServerCertificate() throws Exception {
		stop();
		try (FleetCa ca = FleetCa.open(directory.resolve("ca"), PASSPHRASE.toCharArray())) {
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), identityFile("ca"), PASSWORD);
		}
		start();
	}

	/**
	 * Issues a TLS server identity DIR/NAME.p12 for another fleet endpoint (an agent) on {@code host} and returns the
	 * CRL as it is now, for that endpoint's configuration. The CA holds its store locked, so it stops meanwhile.
	 */
	public X509CRL issueTlsServer(String name, String host) throws Exception {
		stop();
		try (FleetCa ca = FleetCa.open(directory.resolve("ca"), PASSPHRASE.toCharArray())) {
			ca.issueTlsServer(host, List.of(), identityFile(name), PASSWORD);
			return ca.currentCrl();
		} finally {
			start();
		}
	}

	/** The port is ephemeral, so read it again after each start. */
	public URI uri() {
		return URI.create("https://127.0.0.1:" + server.port());
	}

	public X509Certificate rootCertificate() {
		return server.rootCertificate();
	}

	public IssuedCertificate agentCertificate() {
		return agentCertificate;
	}

	public Path identityFile(String name) {
		return directory.resolve(name + ".p12");
	}

	public byte[] identity(String name) throws IOException {
		return Files.readAllBytes(identityFile(name));
	}

	/** A CA client over mutual TLS with the named identity. */
	public CaClient client(String identity) throws PkiException {
		FleetClientContext context = FleetClientContext.fromCa(uri(),
				FleetTls.loadIdentity(identityFile(identity), PASSWORD), PASSWORD);
		return new CaClient(new JsonClient(uri(), context.context()));
	}

	@Override
	public void close() {
		server.close();
	}
}
