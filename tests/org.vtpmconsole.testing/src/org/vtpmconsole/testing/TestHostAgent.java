package org.vtpmconsole.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.agent.RunningAgent;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * A real host agent in a {@link TestCa}'s fleet, as an administrator sets one up: its TLS identity (for 127.0.0.1)
 * issued by the CA, the fleet root and CRL as files, a real swtpm as host TPM whose AIK and RSA_mig the CA certified
 * by credential activation ({@code vtpmctl enroll}'s path), a real configuration file, an ephemeral port. Clients use
 * the CA's identities ({@code admin}, {@code auditor}).
 */
public final class TestHostAgent implements AutoCloseable {

	public static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");

	private final TestCa ca;
	private final Swtpm hostTpm;
	private final RunningAgent agent;
	private final Path crlFile;
	private final String address;

	private TestHostAgent(TestCa ca, Swtpm hostTpm, RunningAgent agent, Path crlFile, String address) {
		this.ca = ca;
		this.hostTpm = hostTpm;
		this.agent = agent;
		this.crlFile = crlFile;
		this.address = address;
	}

	/** Starts agent {@code name} with its state in {@code dir}, on 127.0.0.1; its CRL file is refreshed by hand. */
	public static TestHostAgent start(TestCa ca, Path dir, String name) throws Exception {
		return start(ca, dir, name, "127.0.0.1", 0, List.of());
	}

	/** As {@link #start(TestCa, Path, String)}, with more {@code key=value} lines in its configuration. */
	public static TestHostAgent start(TestCa ca, Path dir, String name, List<String> moreConfig) throws Exception {
		return start(ca, dir, name, "127.0.0.1", 0, moreConfig);
	}

	/**
	 * Starts agent {@code name} listening on {@code address} (another loopback address, 127.0.0.2 …, gives several
	 * agents on this machine hosts of their own: the console tells hosts apart by address), with a TLS certificate
	 * for that address.
	 */
	public static TestHostAgent start(TestCa ca, Path dir, String name, String address) throws Exception {
		return start(ca, dir, name, address, 0, List.of());
	}

	/**
	 * Starts an agent that fetches the CRL from the CA itself ({@code ca.url}) at most {@code refreshSeconds} apart.
	 * The CA must keep its port meanwhile: do not restart it.
	 */
	public static TestHostAgent fetchingCrl(TestCa ca, Path dir, String name, int refreshSeconds) throws Exception {
		return start(ca, dir, name, "127.0.0.1", refreshSeconds, List.of());
	}

	/** @param refreshSeconds 0: no ca.url */
	private static TestHostAgent start(TestCa ca, Path dir, String name, String address, int refreshSeconds,
			List<String> moreConfig) throws Exception {
		Files.createDirectories(dir);
		// the VMs live in state/vms: state/ and every directory above it let VM uids pass (the key authorization
		// file would otherwise create state/ 0700)
		VmRoots.letVmUidsPass(Files.createDirectories(dir.resolve("state")));
		Path password = dir.resolve("agent.password");
		Files.writeString(password, new String(TestCa.PASSWORD) + "\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		String identity = name + "-agent";
		Files.write(dir.resolve("fleet.crl"), ca.issueTlsServer(identity, address).getEncoded());
		Files.write(dir.resolve("root.der"), ca.rootCertificate().getEncoded());
		Swtpm hostTpm = Swtpm.unix();
		try {
			enroll(ca, hostTpm, name, dir.resolve("state").resolve("certificates"));
			Path config = dir.resolve("agent.properties");
			List<String> lines = new ArrayList<>(List.of("agent.name=" + name, "state.dir=" + dir.resolve("state"),
					"tpm=" + hostTpm.address(), "api.listen=" + address + ":0", "qemu.approved=" + QEMU,
					"tls.identity=" + ca.identityFile(identity), "tls.password.file=" + password,
					"ca.root=" + dir.resolve("root.der"), "ca.crl=" + dir.resolve("fleet.crl")));
			if (refreshSeconds > 0) {
				// after issueTlsServer: the CA's port changes with each of its restarts
				lines.addAll(List.of("ca.url=" + ca.uri(), "ca.crl.refresh=" + refreshSeconds));
			}
			lines.addAll(moreConfig);
			Files.write(config, lines);
			AgentConfig loaded = AgentConfig.load(config);
			return new TestHostAgent(ca, hostTpm, RunningAgent.start(loaded, loaded.apiTls().orElseThrow()),
					dir.resolve("fleet.crl"), address);
		} catch (Exception | Error e) {
			hostTpm.close();
			throw e;
		}
	}

	/** Before the agent starts: it then owns the TPM, as it does in production. */
	private static void enroll(TestCa ca, Swtpm hostTpm, String host, Path certificates) throws Exception {
		CaClient admin = ca.client("admin");
		// the agent's own key authorization file, so the keys made here are the agent's
		try (TssHostTpm tpm = Swtpm.openHostTpm(hostTpm.address(),
				certificates.getParent().resolve(KeyAuthorization.FILE_NAME))) {
			tpm.provision();
			HostEnrollment enrollment = new HostEnrollment(tpm);
			for (Role role : List.of(Role.AIK, Role.RSA_MIG)) {
				HostEnrollment.store(certificates, role, admin.enroll(enrollment, host, role, ca.rootCertificate()));
			}
		}
	}

	public URI uri() {
		return URI.create("https://" + address + ":" + agent.apiPort());
	}

	/** The CRL file the agent keeps. */
	public Path crlFile() {
		return crlFile;
	}

	public RunningAgent agent() {
		return agent;
	}

	/** A client with one of the CA's identities, fetching the CRL from the agent as the console does. */
	public AgentClient client(String identity) throws Exception {
		FleetClientContext context = FleetClientContext.fromCa(uri(),
				FleetTls.loadIdentity(ca.identityFile(identity), TestCa.PASSWORD), TestCa.PASSWORD);
		return new AgentClient(new JsonClient(uri(), context.context()));
	}

	@Override
	public void close() {
		agent.close();
		hostTpm.close();
	}
}
