package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.gateway.RefusalReason;
import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.agent.swtpm.NvCommands;
import org.vtpmconsole.agent.swtpm.StateFiles;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.testing.VmRoots;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * Real QEMU (TCG, SeaBIOS, no OS) behind real vTPM gateways, with a real swtpm as the host TPM: the right triple
 * boots and measures, every crossed or unapproved combination is refused for its own reason.
 */
class GatewayVmTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final byte[] MARKER = "vtpm-console-plaintext-marker-02".getBytes();
	private static final int AGENT_UID = AgentUid.current();

	@TempDir
	static Path dir;

	private static Swtpm hostSwtpm;
	private static TssHostTpm hostTpm;
	private static HostLabels labels;
	private static QemuBuild qemu;
	private static RefusalRecorder refusals;
	private static VirtualMachines vms;
	private static Vm vm1;
	private static Vm vm2;

	@BeforeAll
	static void createTwoVms() throws Exception {
		hostSwtpm = Swtpm.unix();
		hostTpm = hostSwtpm.openHostTpm();
		hostTpm.provision();
		labels = new HostLabels(hostTpm, Clock.systemUTC(), new SecureRandom());
		qemu = QemuBuild.of(QEMU);
		refusals = new RefusalRecorder();
		VmRoots.letVmUidsPass(dir);
		vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()), Duration.ofDays(30),
				refusals);
		vm1 = vms.create("16M");
		vm2 = vms.create("16M");
	}

	@AfterAll
	static void stopEverything() {
		if (vms != null) {
			vms.close();
		}
		if (hostTpm != null) {
			hostTpm.close();
		}
		if (hostSwtpm != null) {
			hostSwtpm.close();
		}
	}

	@BeforeEach
	void forgetEarlierRefusals() {
		refusals.clear();
	}

	@Test
	void createdVmIsWholeAndConsistent() throws Exception {
		assertEquals(vm1, vms.vm(vm1.uuid()));
		QemuImg.check(vm1.image()).requireOk();
		Label label = new Qcow2LabelStore().read(vm1.image()).orElseThrow();
		assertArrayEquals(Label.uuidHash(label.digestAlgorithm(), vm1.uuid()), label.uuidHash());
		assertArrayEquals(qemu.digest(), label.qemuDigest());
		assertEquals(32, vm1.vtpm().readCheckValue().length);
		assertTrue(Files.exists(vm1.vtpm().stateDir().resolve("tpm2-00.permall")), "swtpm state exists from creation");
	}

	@Test
	void failedCreationLeavesNothingBehind() throws Exception {
		Set<Path> before = listVmDirs();
		assertThrows(IOException.class, () -> vms.create("not-a-size"));
		assertEquals(before, listVmDirs());
	}

	@Test
	void rightTripleBootsSeaBiosWhichMeasuresIntoTheVtpm() throws Exception {
		QemuProcess stopped;
		try (QemuProcess running = vms.start(vm1)) {
			stopped = running;
			assertEquals("running", running.qmp().status());
			assertEquals(kvmUsable() ? "kvm" : "tcg", running.accelerator(), "auto takes KVM when /dev/kvm is usable");
			assertTrue(running.qmp().execute("query-tpm").toString().contains("emulator"));
			PcrValues pcrs = SeaBios.awaitMeasurements(vms, vm1);
			for (int pcr = 0; pcr <= 7; pcr++) {
				assertNotEquals(0, SeaBios.nonZero(pcrs.get(TpmHash.SHA256, pcr)), "sha256 PCR " + pcr + " is extended");
				assertNotEquals(0, SeaBios.nonZero(pcrs.get(TpmHash.SHA1, pcr)), "sha1 PCR " + pcr + " is extended");
			}
			assertEquals(0, SeaBios.nonZero(pcrs.get(TpmHash.SHA256, 16)), "PCR 16 is untouched by the firmware");
		} finally {
			vms.stop(vm1);
		}
		assertFalse(stopped.isAlive());
		assertFalse(vms.gateway(vm1).isServing(), "the vTPM stopped with QEMU");
	}

	@Test
	void forcedTcgIsWhatQemuUses() throws Exception {
		try (VirtualMachines tcgOnly = new VirtualMachines(dir.resolve("vms-tcg"), labels, qemu, List.of(qemu.digest()),
				Duration.ofDays(30), refusals, Accelerator.TCG)) {
			Vm vm = tcgOnly.create("16M");
			try (QemuProcess running = tcgOnly.start(vm)) {
				assertEquals("tcg", running.accelerator());
				assertFalse(running.qmp().execute("query-kvm").path("enabled").asBoolean());
				assertEquals(Optional.of(running), tcgOnly.process(vm));
			} finally {
				tcgOnly.stop(vm);
			}
			assertEquals(Optional.empty(), tcgOnly.process(vm));
		}
	}

	@Test
	void noStateFileEverHoldsPlaintext() throws Exception {
		try (QemuProcess running = vms.start(vm2)) {
			SeaBios.awaitMeasurements(vms, vm2);
			NvCommands.defineAndWrite(vms.gateway(vm2), MARKER);
		} finally {
			vms.stop(vm2);
		}
		Path state = vm2.vtpm().stateDir();
		assertTrue(StateFiles.totalBytes(state) > 1000);
		assertEquals(List.of(), StateFiles.containing(state, MARKER));
		try (QemuProcess again = vms.start(vm2)) {
			SeaBios.awaitMeasurements(vms, vm2);
			assertArrayEquals(MARKER, NvCommands.read(vms.gateway(vm2), MARKER.length), "the marker is in NV");
		} finally {
			vms.stop(vm2);
		}
	}

	@Test
	void seedsThreeCrossedCombinationsAreRefusedForDistinctReasons() throws Exception {
		RefusalReason image1Vtpm2Uuid1 = refusedLaunch(vm1.image(), vm1.uuid(), vm2, QEMU);
		RefusalReason image1Vtpm1Uuid2 = refusedLaunch(vm1.image(), vm2.uuid(), vm1, QEMU);
		RefusalReason image2Vtpm1Uuid1 = refusedLaunch(vm2.image(), vm1.uuid(), vm1, QEMU);
		assertEquals(RefusalReason.VTPM_OF_ANOTHER_VM, image1Vtpm2Uuid1);
		assertEquals(RefusalReason.UUID_MISMATCH, image1Vtpm1Uuid2);
		assertEquals(RefusalReason.IMAGE_OF_ANOTHER_VM, image2Vtpm1Uuid1);
		assertEquals(3, EnumSet.of(image1Vtpm2Uuid1, image1Vtpm1Uuid2, image2Vtpm1Uuid1).size());
		assertFalse(vms.gateway(vm1).isServing());
	}

	@Test
	void aCopyOfTheVmsLabelInAnotherImageIsRefused() throws Exception {
		// every byte of VM1's label in another image: it verifies, names VM1 and opens VM1's vTPM
		Path copy = dir.resolve("copied-label.qcow2");
		QemuImg.create(copy, "16M").requireOk();
		Qcow2LabelStore store = new Qcow2LabelStore();
		store.write(copy, store.read(vm1.image()).orElseThrow());
		assertArrayEquals(store.readBytes(vm1.image()).orElseThrow(), store.readBytes(copy).orElseThrow());
		assertEquals(RefusalReason.NOT_THE_VMS_IMAGE, refusedLaunch(copy, vm1.uuid(), vm1, QEMU));
		// the same file reached through a symbolic link named like the VM's image
		Path link = Files.createDirectories(dir.resolve("link").resolve(vm1.uuid().toString())).resolve("disk.qcow2");
		Files.createSymbolicLink(link, copy);
		assertEquals(RefusalReason.NOT_THE_VMS_IMAGE, refusedLaunch(link, vm1.uuid(), vm1, QEMU));
	}

	@Test
	void unapprovedQemuBuildIsRefused() throws Exception {
		// the same program with one byte appended: it runs the same, but it is not the approved build
		Path copy = dir.resolve("qemu-system-x86_64-modified");
		Files.copy(QEMU, copy);
		Files.write(copy, new byte[] { 0 }, StandardOpenOption.APPEND);
		copy.toFile().setExecutable(true);
		assertEquals(RefusalReason.QEMU_NOT_APPROVED, refusedLaunch(vm1.image(), vm1.uuid(), vm1, copy));
	}

	@Test
	void expiredLabelIsRefused() throws Exception {
		Qcow2LabelStore store = new Qcow2LabelStore();
		Label current = store.read(vm1.image()).orElseThrow();
		HostLabels lastYear = new HostLabels(hostTpm, Clock.fixed(Instant.now().minus(Duration.ofDays(365)),
				ZoneOffset.UTC), new SecureRandom());
		store.write(vm1.image(), lastYear.reissue(current, Duration.ofDays(30)));
		try {
			assertEquals(RefusalReason.LABEL_EXPIRED, refusedLaunch(vm1.image(), vm1.uuid(), vm1, QEMU));
		} finally {
			store.write(vm1.image(), current);
		}
	}

	/**
	 * Starts QEMU with the given parts, registered with the gateway of {@code vtpmOf} as the agent registers the QEMU
	 * it starts (so the identity check passes and the second line is what judges), expects it to fail and returns
	 * why that gateway refused. The crossed QEMU runs as root, past the uids that would stop it first, so that the
	 * gateway's own checks are tested.
	 */
	private static RefusalReason refusedLaunch(Path image, UUID uuid, Vm vtpmOf, Path executable) throws Exception {
		Path runDir = Files.createTempDirectory(dir, "run");
		VtpmGateway gateway = vms.gateway(vtpmOf);
		QemuLaunch launch = new QemuLaunch(executable, Accelerator.TCG_NAME, image, uuid, gateway.binding().gatewaySocket(),
				runDir);
		Confinement root = Confinement.agentUid(HostTools.system());
		gateway.expectQemu();
		IOException failed;
		try {
			failed = assertThrows(IOException.class,
					() -> QemuProcess.start(launch, root, pid -> gateway.qemuStarted(pid, AGENT_UID)).close());
		} finally {
			gateway.noQemu();
		}
		assertTrue(failed.getMessage().contains("tpm-emulator"), failed.getMessage());
		RefusalRecorder.Refused refused = refusals.next();
		assertEquals(vtpmOf.uuid(), refused.vm());
		assertFalse(refused.refusal().getMessage().isBlank());
		assertTrue(vms.gateway(vtpmOf).awaitIdle(5_000), "the refused connection is closed");
		return refused.refusal().reason();
	}

	/** Whether this machine can run KVM guests, checked here the way QEMU needs it: /dev/kvm opens read-write. */
	private static boolean kvmUsable() {
		try (RandomAccessFile kvm = new RandomAccessFile("/dev/kvm", "rw")) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static Set<Path> listVmDirs() throws IOException {
		try (Stream<Path> dirs = Files.list(dir.resolve("vms"))) {
			return dirs.collect(Collectors.toSet());
		}
	}
}
