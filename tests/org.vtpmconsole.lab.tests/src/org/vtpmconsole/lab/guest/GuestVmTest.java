package org.vtpmconsole.lab.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.CreateVmRequest;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;

/**
 * A guest VM created and started through a real agent's API (real swtpm host TPM, real QEMU behind the real vTPM
 * gateway, the labelled qcow2 disk attached): the training guest boots under TCG, its console is the agent's alone,
 * and what the guest's own tpm2-tools read is what the agent reads through the gateway.
 */
class GuestVmTest {
	private static final Path BUILD_SCRIPT = Path.of("../../releng/build-guest.sh");
	private static final Duration BOOT = Duration.ofSeconds(240);
	private static final Duration COMMAND = Duration.ofSeconds(60);
	/** A uid no user owns, as a local attacker. */
	private static final int OTHER_UID = 54321;

	@TempDir
	static Path dir;
	private static TestCa ca;
	private static TestHostAgent agent;
	private static AgentClient admin;
	private static VmInfo vm;
	private static Path consoleSocket;
	private static GuestConsole console;

	@BeforeAll
	static void startGuestVm() throws Exception {
		GuestImage guest = GuestImage.build(BUILD_SCRIPT, Path.of("target/guest"));
		ca = new TestCa(dir.resolve("ca"));
		agent = TestHostAgent.start(ca, dir.resolve("agent"), "guest-host",
				List.of(AgentConfig.KEY_VMS_GUEST_KERNEL + "=" + guest.kernel(),
						AgentConfig.KEY_VMS_GUEST_INITRD + "=" + guest.initrd()));
		admin = agent.client("admin");
		vm = admin.create("16M", "guest-01", CreateVmRequest.BOOT_GUEST);
		admin.start(UUID.fromString(vm.uuid()));
		consoleSocket = Path.of(vm.image()).resolveSibling("run").resolve("qemu").resolve("console.sock");
		console = GuestConsole.connect(consoleSocket, Duration.ofSeconds(30));
		String ready = console.awaitReady(BOOT);
		assertTrue(GuestConsole.readyLineHasTpm(ready), ready);
	}

	@AfterAll
	static void stop() throws Exception {
		if (console != null) {
			console.close();
		}
		if (agent != null) {
			agent.close();
		}
		if (ca != null) {
			ca.close();
		}
	}

	@Test
	void guestRunsUnderTcgWithItsLabelledDiskAttached() throws Exception {
		VmInfo running = admin.vm(UUID.fromString(vm.uuid()));
		assertEquals(VmInfo.RUNNING, running.state());
		assertEquals("tcg", running.accelerator());
		assertEquals(VmInfo.VTPM_SERVING, running.vtpm());
		// the gateway admitted this QEMU only after checking the label in the image on its command line
		assertEquals(Boolean.TRUE, admin.verifyLabel(UUID.fromString(vm.uuid())).valid());
	}

	@Test
	void pcrReadInTheGuestAgreesWithTheGatewaysRead() throws Exception {
		byte[] data = MessageDigest.getInstance("SHA-256").digest("lab guest extend".getBytes(StandardCharsets.UTF_8));
		GuestCommandResult extend = console.run("tpm2 pcrextend 16:sha256=" + HexFormat.of().formatHex(data), COMMAND);
		assertTrue(extend.succeeded(), extend.text());
		GuestCommandResult read = console.run("tpm2 pcrread sha256:16", COMMAND);
		assertTrue(read.succeeded(), read.text());
		String inGuest = pcrValue(read, 16);
		assertNotEquals("0".repeat(64), inGuest);
		String throughGateway = admin.pcrs(UUID.fromString(vm.uuid())).banks().get("sha256").get(16);
		assertEquals(inGuest, throughGateway);
		// and the value is the TPM 2.0 extend of the reset PCR with the data: the guest really used the vTPM
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(new byte[32]);
		sha256.update(data);
		assertEquals(HexFormat.of().formatHex(sha256.digest()), inGuest);
	}

	@Test
	void consoleSocketIsTheAgentsAlone() throws Exception {
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(consoleSocket)));
		// another uid tries to type at the guest's shell
		Process intruder = new ProcessBuilder("setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
				"--clear-groups", "/usr/bin/python3", "-c",
				"import socket,sys\ns=socket.socket(socket.AF_UNIX)\ntry:\n s.connect(sys.argv[1]); print('connected')\n"
						+ "except OSError as e:\n print(type(e).__name__)",
				consoleSocket.toString()).redirectErrorStream(true).start();
		intruder.getOutputStream().close();
		assertTrue(intruder.waitFor(30, TimeUnit.SECONDS));
		String said = new String(intruder.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertEquals("PermissionError", said);
	}

	@Test
	void anAgentWithoutGuestKernelRefusesGuestVms() throws Exception {
		try (TestHostAgent plain = TestHostAgent.start(ca, dir.resolve("plain"), "plain-host")) {
			ApiCallException refused = assertThrows(ApiCallException.class,
					() -> plain.client("admin").create("16M", null, CreateVmRequest.BOOT_GUEST));
			assertEquals("no_guest_kernel", refused.code(), refused.getMessage());
		}
	}

	private static String pcrValue(GuestCommandResult read, int index) {
		return read.output().stream().map(String::strip).filter(line -> line.startsWith(index + ": 0x"))
				.map(line -> line.substring(line.indexOf("0x") + 2).toLowerCase()).findFirst()
				.orElseThrow(() -> new AssertionError("no PCR " + index + " in: " + read.text()));
	}
}
