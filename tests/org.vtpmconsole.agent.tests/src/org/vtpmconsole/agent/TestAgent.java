package org.vtpmconsole.agent;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.testing.VmRoots;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * A real agent as an administrator sets it up: a fleet CA in a temporary directory issues the agent's identity (for
 * 127.0.0.1) and an admin's, an approver's and an auditor's; the root and the CRL are files; a real swtpm is the
 * host TPM; the agent reads a real configuration file and listens on an ephemeral port.
 */
final class TestAgent implements AutoCloseable {
	static final char[] PASSWORD = "identity password".toCharArray();
	static final String PASSWORD_VARIABLE = "VTPM_AGENT_TEST_PASSWORD";
	private static final String CHILD_CONFIG = "agent-env.properties";
	static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final String CA_PASSPHRASE = "correct horse battery staple";

	final Path dir;
	final Path config;
	final Path stateDir;
	private final Swtpm hostSwtpm;
	private final X509Certificate root;
	private RunningAgent agent;
	private int port;

	private TestAgent(Path dir, Swtpm hostSwtpm, X509Certificate root, Path config) {
		this.dir = dir;
		this.hostSwtpm = hostSwtpm;
		this.root = root;
		this.config = config;
		this.stateDir = dir.resolve("state");
	}

	static TestAgent start(Path dir) throws Exception {
		TestAgent test = prepare(dir);
		try {
			test.startAgent();
			return test;
		} catch (Exception | Error e) {
			test.close();
			throw e;
		}
	}

	/** Everything but the agent: CA, identities, host TPM and configuration; {@link #startAgent()} starts it. */
	static TestAgent prepare(Path dir) throws Exception {
		Path password = dir.resolve("agent.password");
		Files.writeString(password, new String(PASSWORD) + "\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		X509Certificate root;
		// the VMs live in state/vms: state/ and every directory above it let VM uids pass (the key authorization
		// file would otherwise create state/ 0700)
		VmRoots.letVmUidsPass(Files.createDirectories(dir.resolve("state")));
		Swtpm hostSwtpm = Swtpm.unix();
		try (FleetCa ca = FleetCa.init(dir.resolve("ca"), CA_PASSPHRASE.toCharArray(),
				CaOptions.defaults());
				TssHostTpm tpm = Swtpm.openHostTpm(hostSwtpm.address(),
						dir.resolve("state").resolve(KeyAuthorization.FILE_NAME))) {
			// the AIK certified as enrollment would (issued directly: enrollment itself is the CA tests' subject)
			tpm.provision();
			HostEnrollment.store(dir.resolve("state").resolve("certificates"), Role.AIK,
					ca.issue(CertificateRequest.builder("compute-test", Role.AIK, tpm.publicKey(KeyRole.AIK))
							.tpmName(tpm.name(KeyRole.AIK)).build()).certificate());
			ca.issueTlsServer("127.0.0.1", List.of("localhost"), dir.resolve("agent.p12"), PASSWORD);
			ca.issueUser("alice", Role.ADMIN, dir.resolve("admin.p12"), PASSWORD);
			ca.issueUser("anna", Role.APPROVER, dir.resolve("approver.p12"), PASSWORD);
			ca.issueUser("olga", Role.AUDITOR, dir.resolve("auditor.p12"), PASSWORD);
			root = ca.rootCertificate();
			Files.write(dir.resolve("root.der"), root.getEncoded());
			Files.write(dir.resolve("fleet.crl"), ca.currentCrl().getEncoded());
		}
		Path config = dir.resolve("agent.properties");
		Files.write(config, configuration(dir, hostSwtpm, "tls.password.file=" + password));
		// the child agent takes its password from its environment, as tls.password.env lets it
		Files.write(dir.resolve(CHILD_CONFIG), configuration(dir, hostSwtpm, "tls.password.env=" + PASSWORD_VARIABLE));
		return new TestAgent(dir, hostSwtpm, root, config);
	}

	private static List<String> configuration(Path dir, Swtpm hostSwtpm, String passwordSource) {
		return List.of("agent.name=compute-test", "state.dir=" + dir.resolve("state"), "tpm=" + hostSwtpm.address(),
				"api.listen=127.0.0.1:0", "qemu.approved=" + QEMU, "tls.identity=" + dir.resolve("agent.p12"),
				passwordSource, "ca.root=" + dir.resolve("root.der"), "ca.crl=" + dir.resolve("fleet.crl"));
	}

	/** Starts the agent in this JVM on the configuration. */
	void startAgent() throws Exception {
		AgentConfig loaded = AgentConfig.load(config);
		agent = RunningAgent.start(loaded, loaded.apiTls().orElseThrow());
		port = agent.apiPort();
	}

	/**
	 * Starts the agent in a JVM of its own ({@link ChildJvmAgent}), which a test may kill; it reads the identity's
	 * password from the environment variable {@link #PASSWORD_VARIABLE}.
	 */
	ChildJvmAgent startChildAgent() throws Exception {
		ChildJvmAgent child = ChildJvmAgent.start(dir.resolve(CHILD_CONFIG), stateDir.resolve("agent.log"),
				dir.resolve("child-jvm"), Map.of(PASSWORD_VARIABLE, new String(PASSWORD)));
		port = child.apiPort();
		return child;
	}

	/** Stops the agent as SIGTERM does ({@link RunningAgent#close}) and starts it again on the same configuration. */
	void restart() throws Exception {
		stopAgent();
		startAgent();
	}

	/** Stops the agent in this JVM as SIGTERM does. */
	void stopAgent() {
		agent.close();
		agent = null;
	}

	RunningAgent agent() {
		return agent;
	}

	URI uri() {
		return URI.create("https://127.0.0.1:" + port);
	}

	/** A client as vtpmctl and the console make one: the CRL comes from the agent's GET /v1/crl. */
	AgentClient client(String identity) throws Exception {
		return new AgentClient(new JsonClient(uri(), context(identity)));
	}

	SSLContext context(String identity) throws Exception {
		return FleetClientContext.fromCa(uri(), FleetTls.loadIdentity(dir.resolve(identity + ".p12"), PASSWORD),
				PASSWORD).context();
	}

	/** A raw HTTP client, for bodies JsonClient would never send. */
	HttpClient http(String identity) throws Exception {
		return HttpClient.newBuilder().sslContext(context(identity)).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** Trusts the fleet root but has no certificate of its own. */
	SSLContext anonymousContext() throws Exception {
		KeyStore anchors = KeyStore.getInstance("PKCS12");
		anchors.load(null, null);
		anchors.setCertificateEntry("root", root);
		TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
		trust.init(anchors);
		SSLContext context = SSLContext.getInstance("TLSv1.3");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	/** Issues a user identity with the running CA's key (the agent is not told: it trusts the root). */
	String issueUser(String name, Role role) throws Exception {
		try (FleetCa ca = FleetCa.open(dir.resolve("ca"), CA_PASSPHRASE.toCharArray())) {
			ca.issueUser(name, role, dir.resolve(name + ".p12"), PASSWORD);
		}
		return name;
	}

	/** Revokes the user's certificate and writes the new CRL where the agent's ca.crl points, as an admin would. */
	void revokeAndPublishCrl(String name) throws Exception {
		try (FleetCa ca = FleetCa.open(dir.resolve("ca"), CA_PASSPHRASE.toCharArray())) {
			KeyStore identity = FleetTls.loadIdentity(dir.resolve(name + ".p12"), PASSWORD);
			X509Certificate certificate = (X509Certificate) identity.getCertificate(identity.aliases().nextElement());
			ca.revoke(certificate.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
			Path next = dir.resolve("fleet.crl.new");
			Files.write(next, ca.currentCrl().getEncoded());
			Files.move(next, dir.resolve("fleet.crl"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	Path auditLog() {
		return stateDir.resolve("audit.log");
	}

	@Override
	public void close() {
		if (agent != null) {
			agent.close();
		}
		hostSwtpm.close();
	}
}
