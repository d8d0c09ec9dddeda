package org.vtpmconsole.ca;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;

import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * A fleet CA in a temporary directory served on 127.0.0.1 (ephemeral port) from a real configuration file, with
 * identities for an admin, an auditor and an agent, and clients over real mutual TLS.
 */
final class TestFleet implements AutoCloseable {

	static final char[] PASSWORD = "identity password".toCharArray();
	static final String AGENT_HOST = "host-b.fleet.test";

	final Path directory;
	final Path config;
	private CaServer server;

	private TestFleet(Path directory) throws Exception {
		this.directory = directory;
		Path secrets = Files.createDirectories(directory.resolve("secrets"));
		Path passphrase = secret(secrets.resolve("ca.passphrase"), "correct horse battery staple");
		Path password = secret(secrets.resolve("tls.password"), new String(PASSWORD));
		try (FleetCa ca = FleetCa.init(directory.resolve("ca"), "correct horse battery staple".toCharArray(),
				CaOptions.defaults())) {
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), directory.resolve("ca.p12"), PASSWORD);
			ca.issueUser("alice", Role.ADMIN, directory.resolve("admin.p12"), PASSWORD);
			ca.issueUser("olga", Role.AUDITOR, directory.resolve("auditor.p12"), PASSWORD);
			ca.issueTlsServer(AGENT_HOST, List.of(), directory.resolve("agent.p12"), PASSWORD);
		}
		config = directory.resolve("ca.properties");
		Files.writeString(config, String.join("\n", "ca.directory = ca", "ca.passphrase.file = " + passphrase,
				"tls.identity = ca.p12", "tls.password.file = " + password, "listen.address = 127.0.0.1",
				"listen.port = 0", "enrollment.nonce.lifetime = 60", ""));
		start();
	}

	static TestFleet create(Path directory) throws Exception {
		return new TestFleet(directory);
	}

	private static Path secret(Path file, String value) throws IOException {
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	void start() throws Exception {
		server = CaServer.start(CaConfig.load(config));
	}

	/** Stops the CA and starts it again on the same directory and configuration. */
	void restart() throws Exception {
		server.close();
		start();
	}

	URI uri() {
		return URI.create("https://127.0.0.1:" + server.port());
	}

	X509Certificate root() {
		return server.rootCertificate();
	}

	CaClient client(String identity) throws PkiException {
		FleetClientContext context = FleetClientContext.fromCa(uri(),
				FleetTls.loadIdentity(directory.resolve(identity + ".p12"), PASSWORD), PASSWORD);
		return new CaClient(new JsonClient(uri(), context.context()));
	}

	/** The whole host side: nonce, evidence, enrollment, activation. */
	X509Certificate enroll(CaClient client, TssHostTpm tpm, String host, Role role)
			throws ApiCallException, PkiException, TpmException {
		HostEnrollment enrollment = new HostEnrollment(tpm);
		var evidence = enrollment.evidence(host, role, client.nonce().nonce());
		return enrollment.recover(role, client.enroll(evidence).sealed(), root());
	}

	@Override
	public void close() {
		server.close();
	}
}
