package org.vtpmconsole.client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;

import org.vtpmconsole.ca.CaConfig;
import org.vtpmconsole.ca.CaServer;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.Role;

/**
 * A real fleet CA in a temporary directory on 127.0.0.1 (ephemeral port), with an admin's and an auditor's
 * identity, as the console would meet it. Same set-up as the CA's own tests (ca.tests' TestFleet).
 */
final class TestCa implements AutoCloseable {

	static final char[] PASSWORD = "identity password".toCharArray();
	private static final String PASSPHRASE = "correct horse battery staple";

	final Path directory;
	private final Path config;
	private CaServer server;

	TestCa(Path directory) throws Exception {
		this.directory = directory;
		Path secrets = Files.createDirectories(directory.resolve("secrets"));
		Path passphrase = secret(secrets.resolve("ca.passphrase"), PASSPHRASE);
		Path password = secret(secrets.resolve("tls.password"), new String(PASSWORD));
		try (FleetCa ca = FleetCa.init(directory.resolve("ca"), PASSPHRASE.toCharArray(), CaOptions.defaults())) {
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), directory.resolve("ca.p12"), PASSWORD);
			ca.issueUser("alice", Role.ADMIN, directory.resolve("admin.p12"), PASSWORD);
			ca.issueUser("olga", Role.AUDITOR, directory.resolve("auditor.p12"), PASSWORD);
		}
		config = directory.resolve("ca.properties");
		Files.writeString(config, String.join("\n", "ca.directory = ca", "ca.passphrase.file = " + passphrase,
				"tls.identity = ca.p12", "tls.password.file = " + password, "listen.address = 127.0.0.1",
				"listen.port = 0", ""));
		start();
	}

	private static Path secret(Path file, String value) throws IOException {
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	void start() throws Exception {
		server = CaServer.start(CaConfig.load(config));
	}

	void stop() {
		server.close();
	}

	/** A renewed TLS certificate for the CA's endpoint: what the console must notice and ask about. */
	void renewServerCertificate() throws Exception {
		stop();
		try (FleetCa ca = FleetCa.open(directory.resolve("ca"), PASSPHRASE.toCharArray())) {
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), directory.resolve("ca.p12"), PASSWORD);
		}
		start();
	}

	/** The port stays the same across restarts only by luck, so callers read it after each start. */
	URI uri() {
		return URI.create("https://127.0.0.1:" + server.port());
	}

	X509Certificate rootCertificate() {
		return server.rootCertificate();
	}

	byte[] identity(String name) throws IOException {
		return Files.readAllBytes(directory.resolve(name + ".p12"));
	}

	@Override
	public void close() {
		server.close();
	}
}
