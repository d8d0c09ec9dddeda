package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.gateway.RefusalReason;
import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.VmRoots;

/**
 * The gateway serves only the QEMU process the agent started for the VM, judged on every connection: attacks by
 * processes of the agent's uid (which the VM's gateway socket, handed to the VM's QEMU uid, does not keep out) with
 * real QEMU 7.2 (TCG), real swtpm and python3 as the intruder.
 */
class GatewayIdentityTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");

	@TempDir
	static Path dir;

	private static ProvisionedSwtpm host;
	private static RefusalRecorder refusals;
	private static VirtualMachines vms;
	private static Vm vm;
	private static int agentUid;

	private final List<AutoCloseable> cleanup = new ArrayList<>();

	@BeforeAll
	static void createVm() throws Exception {
		host = ProvisionedSwtpm.start();
		HostLabels labels = new HostLabels(host.tpm, Clock.systemUTC(), new SecureRandom());
		QemuBuild qemu = QemuBuild.of(QEMU);
		refusals = new RefusalRecorder();
		VmRoots.letVmUidsPass(dir);
		vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()), Duration.ofDays(30),
				refusals, Accelerator.TCG);
		vm = vms.create("16M");
		agentUid = AgentUid.current();
	}

	@AfterAll
	static void stopEverything() {
		if (vms != null) {
			vms.close();
		}
		if (host != null) {
			host.close();
		}
	}

	@BeforeEach
	void forgetEarlierRefusals() {
		refusals.clear();
	}

	@AfterEach
	void stopWhatTheTestStarted() throws Exception {
		for (AutoCloseable closeable : cleanup) {
			closeable.close();
		}
		vms.stop(vm);
	}

	@Test
	void aProcessThatConnectsAndThenExecsTheVmsQemuIsRefused() throws Exception {
		// the VM's own image, UUID and vTPM, an approved QEMU: only who connected is wrong
		Intruder intruder = intruder("exec", qemuOnTheConnection(false));
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(RefusalReason.NOT_STARTED_BY_AGENT, refused.refusal().reason(), refused.refusal().getMessage());
		assertEquals(intruder.pid(), refused.pid());
		assertTrue(intruder.awaitExit(30), "QEMU exits without its vTPM");
		assertTrue(intruder.output().contains("tpm-emulator"), intruder.output());
		assertVmStartsAndServes();
	}

	@Test
	void aProcessThatConnectsForksAndExecsQemuWhileTheVmRunsIsRefused() throws Exception {
		QemuProcess running = vms.start(vm);
		awaitPcrs();
		Intruder intruder = intruder("fork-exec", qemuOnTheConnection(true));
		intruder.awaitLine("child ");
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(RefusalReason.NOT_STARTED_BY_AGENT, refused.refusal().reason(), refused.refusal().getMessage());
		assertTrue(refused.refusal().getMessage().contains(Long.toString(running.pid())), refused.refusal().getMessage());
		assertTrue(intruder.awaitExit(30), "the forked QEMU exits without a vTPM");
		assertTrue(vms.gateway(vm).isServing(), "the VM's own QEMU keeps its vTPM");
		awaitPcrs();
	}

	@Test
	void aRealQemuTheAgentDidNotStartIsRefused() throws Exception {
		QemuLaunch launch = new QemuLaunch(QEMU, Accelerator.TCG_NAME, vm.image(), vm.uuid(),
				vm.vtpm().gatewaySocket(), Files.createTempDirectory(dir, "run"));
		// a real QEMU under the test's uid that no gateway was told of
		Confinement stranger = Confinement.agentUid(HostTools.system());
		IOException failed = assertThrows(IOException.class,
				() -> QemuProcess.start(launch, stranger, QemuProcess.StartListener.NONE).close());
		assertTrue(failed.getMessage().contains("tpm-emulator"), failed.getMessage());
		assertEquals(RefusalReason.NOT_STARTED_BY_AGENT, refusals.next().refusal().reason());
		assertVmStartsAndServes();
	}

	@Test
	void theConnectionOfTheStartedProcessHandedToAChildIsRefused() throws Exception {
		// the test stands in for the agent: it announces a start and names the process it started
		Intruder intruder = startedAsTheVmsQemu("handoff", agentUid);
		intruder.awaitLine("child ");
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(RefusalReason.PEER_CHANGED, refused.refusal().reason(), refused.refusal().getMessage());
		assertEquals("closed", intruder.awaitLine("closed"), "the child's connection is closed, unanswered");
		assertVmStartsAndServes();
	}

	@Test
	void theVmsQemuConnectingAsAnotherUidIsRefused() throws Exception {
		Intruder intruder = startedAsTheVmsQemu("silent", agentUid + 4242);
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(RefusalReason.WRONG_UID, refused.refusal().reason(), refused.refusal().getMessage());
		assertEquals("closed", intruder.awaitLine("closed"));
	}

	@Test
	void aSilentStrangerDoesNotKeepTheVmFromStarting() throws Exception {
		// `nc -U run/vtpm.sock`: before, it held the vTPM busy for as long as it stayed connected
		Intruder intruder = intruder("silent", List.of());
		intruder.awaitLine("connected");
		assertEquals(RefusalReason.NOT_STARTED_BY_AGENT, refusals.next().refusal().reason());
		assertEquals("closed", intruder.awaitLine("closed"));
		assertVmStartsAndServes();
	}

	@Test
	void aSilentConnectionOfTheExpectedProcessIsClosedAtTheLimit() throws Exception {
		Intruder intruder = startedAsTheVmsQemu("silent", agentUid);
		intruder.awaitLine("connected");
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(RefusalReason.SILENT_PEER, refused.refusal().reason(), refused.refusal().getMessage());
		assertTrue(refused.refusal().getMessage().contains(
				Long.toString(VtpmGateway.DEFAULT_FIRST_REQUEST_TIMEOUT.toMillis()) + " ms"), refused.refusal().getMessage());
		assertEquals("closed", intruder.awaitLine("closed"));
		assertTrue(vms.gateway(vm).awaitIdle(5_000), "the silent connection no longer holds the vTPM");
		assertVmStartsAndServes();
	}

	private Intruder intruder(String mode, List<String> qemu) throws IOException {
		Intruder intruder = Intruder.start(mode, vm.vtpm().gatewaySocket(), qemu);
		cleanup.add(intruder);
		return intruder;
	}

	/**
	 * An intruder the test names to the gateway as the agent names the QEMU it starts (announced, then its pid and
	 * {@code uid}), so that the identity check lets it through and what it does next is judged.
	 */
	private Intruder startedAsTheVmsQemu(String mode, int uid) throws IOException {
		VtpmGateway gateway = vms.gateway(vm);
		gateway.expectQemu();
		Intruder intruder = intruder(mode, List.of());
		gateway.qemuStarted(intruder.pid(), uid);
		return intruder;
	}

	/** The VM's own QEMU command line, its vTPM chardev on the intruder's connection ({fd}). */
	private static List<String> qemuOnTheConnection(boolean besideTheRunningVm) {
		String drive = "file=" + vm.image() + ",if=virtio,format=qcow2"
				+ (besideTheRunningVm ? ",readonly=on,file.locking=off" : "");
		return List.of(QEMU.toString(), "-accel", "tcg", "-machine", "pc", "-m", "64", "-display", "none",
				"-nodefaults", "-monitor", "none", "-uuid", vm.uuid().toString(), "-drive", drive, "-chardev",
				"socket,id=chrtpm,fd={fd}", "-tpmdev", "emulator,id=tpm0,chardev=chrtpm", "-device", "tpm-tis,tpmdev=tpm0");
	}

	private static void assertVmStartsAndServes() throws Exception {
		vms.start(vm);
		awaitPcrs();
		vms.stop(vm);
	}

	/** The guest's vTPM answers through the gateway once SeaBIOS has started it (TPM_RC_INITIALIZE before). */
	private static void awaitPcrs() throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try {
				vms.pcrs(vm);
				return;
			} catch (IOException notYetStarted) {
				if (System.currentTimeMillis() > deadline) {
					throw notYetStarted;
				}
			}
			Thread.sleep(50);
		}
	}
}
