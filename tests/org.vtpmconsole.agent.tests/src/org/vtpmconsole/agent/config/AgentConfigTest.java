package org.vtpmconsole.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.vm.Accelerator;
import org.vtpmconsole.agent.vm.VmUids;

class AgentConfigTest {

	@TempDir
	Path dir;

	private Path write(String... lines) throws IOException {
		Path file = dir.resolve("agent.properties");
		Files.write(file, List.of(lines));
		return file;
	}

	private String refusal(String... lines) throws IOException {
		Path file = write(lines);
		String message = assertThrows(AgentConfigException.class, () -> AgentConfig.load(file)).getMessage();
		assertFalse(message.contains("\n"), "one line: " + message);
		assertTrue(message.startsWith("config " + file + ": "), message);
		return message;
	}

	@Test
	void minimalConfigGetsDefaults() throws Exception {
		AgentConfig config = AgentConfig.load(write("agent.name=compute-01", "state.dir=" + dir.resolve("state"),
				"tpm=swtpm:127.0.0.1:2321"));
		assertEquals("compute-01", config.name());
		assertEquals(dir.resolve("state"), config.stateDirectory());
		assertEquals(dir.resolve("state/agent.log"), config.logFile());
		assertEquals("127.0.0.1", config.apiListen().getHostString());
		assertEquals(8443, config.apiListen().getPort());
		assertEquals(List.of(), config.approvedQemuBinaries());
		assertEquals(dir.resolve("state/vms"), config.vmsDirectory());
		assertEquals(Accelerator.AUTO, config.accelerator());
		assertEquals(Duration.ofSeconds(5), config.firstRequestTimeout());
		assertEquals(Optional.of(new VmUids(200000, 264999)), config.vmUids(), "VMs run under their own uids");
		assertTrue(config.apiTls().isEmpty(), "no tls.identity: no API");
	}

	@Test
	void vmUidsAreARangeOrTheAgentsOwnForDevelopment() throws Exception {
		String[] base = { "agent.name=h", "state.dir=/tmp", "tpm=device:/dev/tpmrm0" };
		assertEquals(Optional.of(new VmUids(300000, 300999)),
				AgentConfig.load(write(base[0], base[1], base[2], "vms.uids=300000-300999")).vmUids());
		assertEquals(Optional.empty(), AgentConfig.load(write(base[0], base[1], base[2], "vms.uids=agent")).vmUids());
		String message = refusal(base[0], base[1], base[2], "vms.uids=root");
		assertTrue(message.contains("key 'vms.uids': expected FIRST-LAST (e.g. 200000-264999) or 'agent', got 'root'"),
				message);
	}

	@Test
	void acceleratorIsChosenOrRefusedByName() throws Exception {
		String[] base = { "agent.name=h", "state.dir=/tmp", "tpm=device:/dev/tpmrm0" };
		assertEquals(Accelerator.TCG, AgentConfig.load(write(base[0], base[1], base[2], "vms.accelerator=tcg")).accelerator());
		assertEquals(Accelerator.KVM, AgentConfig.load(write(base[0], base[1], base[2], "vms.accelerator=kvm")).accelerator());
		String message = refusal(base[0], base[1], base[2], "vms.accelerator=hvf");
		assertTrue(message.contains("key 'vms.accelerator': expected auto, kvm or tcg, got 'hvf'"), message);
	}

	@Test
	void firstRequestTimeoutIsWholeSecondsInItsRange() throws Exception {
		String[] base = { "agent.name=h", "state.dir=/tmp", "tpm=device:/dev/tpmrm0" };
		assertEquals(Duration.ofSeconds(2),
				AgentConfig.load(write(base[0], base[1], base[2], "vms.first-request-seconds=2")).firstRequestTimeout());
		for (String bad : List.of("0", "301", "5s", "")) {
			String message = refusal(base[0], base[1], base[2], "vms.first-request-seconds=" + bad);
			assertTrue(message.contains("key 'vms.first-request-seconds': expected whole seconds from 1 to 300, got '"
					+ bad + "'"), message);
		}
	}

	@Test
	void apiTlsKeys() throws Exception {
		Path qemu = executable("qemu");
		Path identity = Files.createFile(dir.resolve("agent.p12"));
		Path password = Files.createFile(dir.resolve("password"));
		Path root = Files.createFile(dir.resolve("root.der"));
		String[] base = { "agent.name=h", "state.dir=" + dir, "tpm=device:/dev/tpmrm0", "qemu.approved=" + qemu,
				"tls.identity=" + identity, "ca.root=" + root, "vms.dir=/srv/vms" };
		AgentConfig config = AgentConfig.load(write(with(base, "tls.password.file=" + password)));
		ApiTls tls = config.apiTls().orElseThrow();
		assertEquals(identity, tls.identity());
		assertEquals(password, tls.passwordFile().orElseThrow());
		assertTrue(tls.passwordEnv().isEmpty());
		assertEquals(root, tls.root());
		assertEquals(dir.resolve("crl.der"), tls.crl(), "ca.crl defaults to the state directory");
		assertEquals(Path.of("/srv/vms"), config.vmsDirectory());
		assertFalse(config.describe().contains("tls.password"), config.describe());

		ApiTls fromEnvironment = AgentConfig.load(write(with(base, "tls.password.env=AGENT_PASSWORD",
				"ca.crl=/etc/vtpm/fleet.crl"))).apiTls().orElseThrow();
		assertEquals("AGENT_PASSWORD", fromEnvironment.passwordEnv().orElseThrow());
		assertEquals(Path.of("/etc/vtpm/fleet.crl"), fromEnvironment.crl());
		assertTrue(fromEnvironment.caUrl().isEmpty(), "without ca.url the CRL file is refreshed by hand");

		ApiTls fetching = AgentConfig.load(write(with(base, "tls.password.env=P", "ca.url=https://ca.fleet.test:8443",
				"ca.crl.refresh=600"))).apiTls().orElseThrow();
		assertEquals(java.net.URI.create("https://ca.fleet.test:8443"), fetching.caUrl().orElseThrow());
		assertEquals(java.time.Duration.ofMinutes(10), fetching.crlRefresh());
		assertEquals(java.time.Duration.ofHours(1), AgentConfig.load(write(with(base, "tls.password.env=P",
				"ca.url=https://ca.fleet.test"))).apiTls().orElseThrow().crlRefresh(), "an hour by default");
	}

	@Test
	void caUrlAndRefreshAreCheckedWithTheirReason() throws Exception {
		Path qemu = executable("qemu");
		Path identity = Files.createFile(dir.resolve("agent.p12"));
		Path root = Files.createFile(dir.resolve("root.der"));
		String[] base = { "agent.name=h", "state.dir=" + dir, "tpm=device:/dev/tpmrm0", "qemu.approved=" + qemu,
				"tls.identity=" + identity, "ca.root=" + root, "tls.password.env=P" };
		for (String url : new String[] { "http://ca.fleet.test", "ca.fleet.test:8443", "https://ca/v1/crl",
				"https://ca?x=1" }) {
			String message = refusal(with(base, "ca.url=" + url));
			assertTrue(message.contains("key 'ca.url': expected the CA's https URL"), message);
		}
		for (String seconds : new String[] { "0", "86401", "1h", "-5" }) {
			String message = refusal(with(base, "ca.url=https://ca", "ca.crl.refresh=" + seconds));
			assertTrue(message.contains("key 'ca.crl.refresh': expected whole seconds from 1 to 86400"), message);
		}
		assertTrue(refusal(with(base, "ca.crl.refresh=60")).contains("only meaningful with ca.url"));
	}

	@Test
	void apiTlsKeysAreRefusedWhenIncompleteOrInconsistent() throws Exception {
		Path qemu = executable("qemu");
		Path identity = Files.createFile(dir.resolve("agent.p12"));
		Path password = Files.createFile(dir.resolve("password"));
		Path root = Files.createFile(dir.resolve("root.der"));
		String[] base = { "agent.name=h", "state.dir=" + dir, "tpm=device:/dev/tpmrm0", "qemu.approved=" + qemu,
				"tls.identity=" + identity, "ca.root=" + root };
		assertTrue(refusal(base).contains("give exactly one of tls.password.file and tls.password.env"));
		assertTrue(refusal(with(base, "tls.password.file=" + password, "tls.password.env=X"))
				.contains("give exactly one of"));
		assertTrue(refusal(with(base, "tls.password.env=not a name")).contains("key 'tls.password.env'"));
		assertTrue(refusal("agent.name=h", "state.dir=" + dir, "tpm=device:/dev/tpmrm0", "qemu.approved=" + qemu,
				"tls.identity=" + identity, "tls.password.env=X").contains("key 'ca.root': missing"));
		assertTrue(refusal("agent.name=h", "state.dir=" + dir, "tpm=device:/dev/tpmrm0", "tls.identity=" + identity,
				"tls.password.env=X", "ca.root=" + root).contains("key 'qemu.approved': required with tls.identity"));
		assertTrue(refusal(with(base, "tls.password.env=X", "tls.identity=/no/such.p12"))
				.contains("key 'tls.identity': '/no/such.p12' is not a file"));
		assertTrue(refusal("agent.name=h", "state.dir=/tmp", "tpm=device:/dev/tpmrm0", "ca.root=" + root)
				.contains("key 'ca.root': only meaningful with tls.identity"));
	}

	private Path executable(String name) throws IOException {
		Path file = Files.createFile(dir.resolve(name));
		assertTrue(file.toFile().setExecutable(true));
		return file;
	}

	/** The base lines with some replaced or added (a later line wins for the same key). */
	private static String[] with(String[] base, String... more) {
		Map<String, String> lines = new LinkedHashMap<>();
		for (String line : base) {
			lines.put(line.substring(0, line.indexOf('=')), line);
		}
		for (String line : more) {
			lines.put(line.substring(0, line.indexOf('=')), line);
		}
		return lines.values().toArray(String[]::new);
	}

	@Test
	void everyKeySet() throws Exception {
		Path qemu = Files.createFile(dir.resolve("qemu-system-x86_64"));
		assertTrue(qemu.toFile().setExecutable(true));
		AgentConfig config = AgentConfig.load(write("agent.name=h2", "state.dir=" + dir, "log.file=" + dir + "/x/a.log",
				"tpm=device:/dev/tpmrm0", "api.listen=[::1]:9443", "qemu.approved=" + qemu));
		assertEquals(dir.resolve("x/a.log"), config.logFile());
		assertEquals("::1", config.apiListen().getHostString());
		assertEquals(9443, config.apiListen().getPort());
		assertEquals(List.of(qemu), config.approvedQemuBinaries());
		assertEquals("device:/dev/tpmrm0", config.tpm());
	}

	@Test
	void tpmNamesAccepted() throws Exception {
		for (String tpm : List.of("swtpm:localhost:2321", "swtpm-unix:/run/swtpm/host.sock", "device:/dev/tpmrm0")) {
			assertEquals(tpm, AgentConfig.load(write("agent.name=h", "state.dir=/tmp/s", "tpm=" + tpm)).tpm());
		}
	}

	@Test
	void missingFile() {
		Path file = dir.resolve("nope.properties");
		String message = assertThrows(AgentConfigException.class, () -> AgentConfig.load(file)).getMessage();
		assertEquals("config " + file + ": no such file", message);
	}

	@Test
	void missingRequiredKeyIsNamed() throws Exception {
		assertTrue(refusal("agent.name=h", "tpm=device:/dev/tpmrm0").endsWith("key 'state.dir': missing (required)"));
		assertTrue(refusal("state.dir=/tmp", "tpm=device:/dev/tpmrm0").contains("key 'agent.name': missing"));
		assertTrue(refusal("agent.name=h", "state.dir=/tmp", "tpm=").contains("key 'tpm': missing"));
	}

	@Test
	void unknownKeyIsRefused() throws Exception {
		String message = refusal("agent.name=h", "state.dir=/tmp", "tpm=device:/dev/tpmrm0", "api.listne=1.2.3.4:1");
		assertTrue(message.contains("unknown key api.listne"), message);
	}

	@Test
	void badValuesNameKeyAndValue() throws Exception {
		String base = "agent.name=h";
		assertTrue(refusal(base, "state.dir=relative/dir", "tpm=device:/dev/tpmrm0")
				.contains("key 'state.dir': expected an absolute path, got 'relative/dir'"));
		assertTrue(refusal(base, "state.dir=/tmp", "tpm=tcp://x").contains("key 'tpm': expected swtpm:HOST:PORT"));
		assertTrue(refusal(base, "state.dir=/tmp", "tpm=device:/dev/tpmrm0", "api.listen=8443")
				.contains("key 'api.listen': expected HOST:PORT, got '8443'"));
		assertTrue(refusal(base, "state.dir=/tmp", "tpm=device:/dev/tpmrm0", "api.listen=h:99999")
				.contains("port must be 0-65535"));
		assertTrue(refusal(base, "state.dir=/tmp", "tpm=device:/dev/tpmrm0", "qemu.approved=/no/such/qemu")
				.contains("key 'qemu.approved': '/no/such/qemu' is not an executable file"));
		assertTrue(refusal("agent.name=bad name!", "state.dir=/tmp", "tpm=device:/dev/tpmrm0")
				.contains("key 'agent.name'"));
	}

	@Test
	void malformedPropertiesFileIsRefused() throws Exception {
		Path file = dir.resolve("broken.properties");
		Files.writeString(file, "agent.name=\\u12G4\n");
		String message = assertThrows(AgentConfigException.class, () -> AgentConfig.load(file)).getMessage();
		assertTrue(message.contains("cannot be read"), message);
	}
}
