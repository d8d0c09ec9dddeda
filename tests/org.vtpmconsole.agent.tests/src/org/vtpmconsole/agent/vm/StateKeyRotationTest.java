package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.swtpm.DirectVtpm;
import org.vtpmconsole.agent.swtpm.NvCommands;
import org.vtpmconsole.agent.swtpm.StateFiles;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.label.StateKey;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.VmRoots;

/**
 * State-key rotation on real parts: a real swtpm as host TPM, real per-VM swtpms moving the state over their control
 * channels, real qcow2 images. The crash tests build the on-disk state a crash after each step would leave.
 */
class StateKeyRotationTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final byte[] MARKER = "vtpm-console-rotation-marker-03".getBytes();

	@TempDir
	static Path dir;

	private static ProvisionedSwtpm host;
	private static HostLabels labels;
	private static QemuBuild qemu;
	private static VirtualMachines vms;
	private final Qcow2LabelStore store = new Qcow2LabelStore();

	@BeforeAll
	static void startHostTpm() throws Exception {
		host = ProvisionedSwtpm.start();
		labels = new HostLabels(host.tpm, Clock.systemUTC(), new SecureRandom());
		qemu = QemuBuild.of(QEMU);
		VmRoots.letVmUidsPass(dir);
		vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()), Duration.ofDays(30),
				new RefusalRecorder());
	}

	@AfterAll
	static void stopHostTpm() {
		if (vms != null) {
			vms.close();
		}
		if (host != null) {
			host.close();
		}
	}

	@Test
	void rotatedVtpmKeepsItsStateAndOpensOnlyWithTheNewKey() throws Exception {
		Vm vm = vmWithMarker();
		Label before = label(vm);
		try (StateKey oldKey = openStateKey(vm, before)) {
			Label rotated = vms.rotateStateKey(vm, before);

			assertArrayEquals(rotated.encode(), label(vm).encode(), "the new label is in the image");
			assertTrue(labels.check(rotated, expectations(vm)).valid(), labels.check(rotated, expectations(vm)).summary());
			assertFalse(Arrays.equals(before.secret(), rotated.secret()));
			assertEquals(before.notBefore(), rotated.notBefore());
			assertEquals(before.notAfter(), rotated.notAfter());
			assertFalse(oldKey.matches(vm.vtpm().readCheckValue()), "the check value names the new key");
			IOException refused = assertThrows(IOException.class,
					() -> DirectVtpm.start(vm.vtpm().stateDir(), vm.runDir(), oldKey, swtpmOf(vm)).close());
			assertTrue(refused.getMessage().contains("HMAC"), "swtpm refuses the old key: " + refused.getMessage());
			try (StateKey newKey = openStateKey(vm, rotated);
					DirectVtpm vtpm = DirectVtpm.start(vm.vtpm().stateDir(), vm.runDir(), newKey, swtpmOf(vm))) {
				assertArrayEquals(MARKER, NvCommands.read(vtpm, MARKER.length), "the NV marker moved with the state");
			}
		}
		assertEquals(List.of(), StateFiles.containing(vm.dir(), MARKER), "no plaintext anywhere in the VM's directory");
		assertEquals(VM_DIRECTORY, entries(vm.dir()), "nothing of the rotation is left");
		QemuImg.check(vm.image()).requireOk();
	}

	@Test
	void corruptStateIsRefusedAndNothingChanges() throws Exception {
		Vm vm = vmWithMarker();
		Path permanent = vm.vtpm().stateDir().resolve("tpm2-00.permall");
		byte[] intact = Files.readAllBytes(permanent);
		Files.write(permanent, Arrays.copyOf(intact, intact.length / 2));
		Label before = label(vm);
		Map<String, byte[]> stateBefore = contents(vm.vtpm().stateDir());

		IOException failed = assertThrows(IOException.class, () -> vms.rotateStateKey(vm, before));
		assertTrue(failed.getMessage().contains("could not be moved to a new key; its key, state and label are "
				+ "unchanged"), failed.getMessage());
		assertTrue(failed.getMessage().contains("swtpm"), "names what refused: " + failed.getMessage());

		assertNothingChanged(vm, before, stateBefore);
		Files.write(permanent, intact);
		assertMarkerOpensWith(vm, before);
	}

	@Test
	void aLabelWriteThatFailsLeavesKeyStateAndLabelAsTheyWere() throws Exception {
		Vm vm = vmWithMarker();
		Label before = label(vm);
		Map<String, byte[]> stateBefore = contents(vm.vtpm().stateDir());
		// interactive qemu-io holds the image open and locked as a QEMU would, so the label store refuses to write
		Process qemuIo = new ProcessBuilder("qemu-io", vm.image().toString()).redirectErrorStream(true).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (QemuImg.check(vm.image()).ok()) {
				assertTrue(System.nanoTime() < deadline, "qemu-io never took its image lock");
				Thread.sleep(50);
			}
			IOException failed = assertThrows(IOException.class, () -> vms.rotateStateKey(vm, before));
			assertTrue(failed.getMessage().contains("the new label of VM " + vm.uuid() + " could not be written; its "
					+ "key, state and label are unchanged"), failed.getMessage());
		} finally {
			qemuIo.destroy();
			qemuIo.waitFor(10, TimeUnit.SECONDS);
		}
		assertNothingChanged(vm, before, stateBefore);
		assertMarkerOpensWith(vm, before);
	}

	@Test
	void crashAfterTheNewStateWasWrittenKeepsTheOldKey() throws Exception {
		Vm vm = vmWithMarker();
		Label before = label(vm);
		Map<String, byte[]> stateBefore = contents(vm.vtpm().stateDir());
		try (HostLabels.Rotation rotation = labels.rotate(before, expectations(vm))) {
			rotation().prepareNext(vm, rotation);
		}
		assertTrue(Files.isDirectory(vm.dir().resolve("vtpm.next")), "step 1 done, then the crash");

		vms.recoverStateKeyRotation(vm);

		assertNothingChanged(vm, before, stateBefore);
		assertMarkerOpensWith(vm, before);
	}

	@Test
	void crashAfterTheNewLabelWasWrittenFinishesTheRotation() throws Exception {
		Vm vm = vmWithMarker();
		Label rotated = rotateUpToTheLabel(vm);

		vms.recoverStateKeyRotations();

		assertEquals(VM_DIRECTORY, entries(vm.dir()), "the directories were swapped");
		assertTrue(labels.check(rotated, expectations(vm)).valid(), "the new label opens vtpm/");
		assertMarkerOpensWith(vm, rotated);
	}

	@Test
	void crashBetweenTheTwoRenamesOfTheSwapFinishesTheRotation() throws Exception {
		Vm vm = vmWithMarker();
		Label rotated = rotateUpToTheLabel(vm);
		Files.move(vm.vtpm().stateDir(), vm.dir().resolve("vtpm.old"), StandardCopyOption.ATOMIC_MOVE);

		vms.recoverStateKeyRotation(vm);

		assertEquals(VM_DIRECTORY, entries(vm.dir()));
		assertMarkerOpensWith(vm, rotated);
	}

	@Test
	void aLabelForAnotherVtpmIsRefusedBeforeAnythingMoves() throws Exception {
		Vm vm = vmWithMarker();
		Vm other = vms.create("16M");
		Label othersLabel = label(other);
		Label before = label(vm);
		Map<String, byte[]> stateBefore = contents(vm.vtpm().stateDir());
		assertTrue(assertThrows(LabelException.class,
				() -> vms.rotateStateKey(vm, othersLabel)).getMessage().contains("does not open this vTPM"));
		assertNothingChanged(vm, before, stateBefore);
	}

	/** Steps 1 and 2 of a rotation, then the crash: vtpm.next is complete and the new label is in the image. */
	private Label rotateUpToTheLabel(Vm vm) throws Exception {
		try (HostLabels.Rotation rotation = labels.rotate(label(vm), expectations(vm))) {
			rotation().prepareNext(vm, rotation);
			rotation().commitLabel(vm, rotation.label());
			return rotation.label();
		}
	}

	private static StateKeyRotation rotation() {
		return new StateKeyRotation(labels, List.of(qemu.digest()), vms::confinement);
	}

	/** A new VM whose vTPM holds {@link #MARKER} in NV, written with the vTPM's own key as a guest would. */
	private Vm vmWithMarker() throws Exception {
		Vm vm = vms.create("16M");
		try (StateKey key = openStateKey(vm, label(vm));
				DirectVtpm vtpm = DirectVtpm.start(vm.vtpm().stateDir(), vm.runDir(), key, swtpmOf(vm))) {
			NvCommands.defineAndWrite(vtpm, MARKER);
		}
		return vm;
	}

	private void assertMarkerOpensWith(Vm vm, Label label) throws Exception {
		try (StateKey key = openStateKey(vm, label);
				DirectVtpm vtpm = DirectVtpm.start(vm.vtpm().stateDir(), vm.runDir(), key, swtpmOf(vm))) {
			assertArrayEquals(MARKER, NvCommands.read(vtpm, MARKER.length));
		}
	}

	/** The VM's swtpm uid, which owns its state directory, as the agent starts it. */
	private static Confinement swtpmOf(Vm vm) throws Exception {
		return vms.confinement(vm).swtpm();
	}

	private static StateKey openStateKey(Vm vm, Label label) throws Exception {
		return labels.openStateKey(label, expectations(vm));
	}

	private static LabelVerifier.Expectations expectations(Vm vm) throws IOException {
		return LabelVerifier.Expectations.none().withVm(vm.uuid()).withApprovedQemu(List.of(qemu.digest()))
				.withStateKeyCheckValue(vm.vtpm().readCheckValue());
	}

	private Label label(Vm vm) throws Exception {
		return store.read(vm.image()).orElseThrow();
	}

	/** A VM directory with nothing of a rotation in it: image, run directory, uids, vTPM, and what the VM boots. */
	private static final List<String> VM_DIRECTORY = List.of("disk.qcow2", "run", "uid", "vm.properties", "vtpm");

	private static List<String> entries(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static Map<String, byte[]> contents(Path dir) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return contents;
	}

	/** The label bytes and the state files are as they were, and nothing of the rotation (vtpm.next) is left. */
	private void assertNothingChanged(Vm vm, Label before, Map<String, byte[]> stateBefore) throws Exception {
		assertArrayEquals(before.encode(), label(vm).encode(), "the label bytes are identical");
		assertStateEquals(stateBefore, contents(vm.vtpm().stateDir()));
		assertEquals(VM_DIRECTORY, entries(vm.dir()));
	}

	private static void assertStateEquals(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " is unchanged"));
	}
}
