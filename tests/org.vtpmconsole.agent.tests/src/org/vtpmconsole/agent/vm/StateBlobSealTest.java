package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.gateway.VtpmGateway;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.stateblob.SealedBlob;
import org.vtpmconsole.agent.swtpm.NvCommands;
import org.vtpmconsole.agent.swtpm.StateFiles;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.VmRoots;

/**
 * The vTPM state QEMU pulls through the gateway (savevm into the qcow2, migrate through a unix socket into a file; the
 * agent's sandboxed QEMU cannot spawn the shell of an {@code exec:} migration) with real QEMU, swtpm and
 * qcow2 images: only sealed blobs reach the disk, they come back into their own VM, and another VM's, an altered, an
 * unsealed or an older capture's blob is refused with its reason. The steps build on each other (the captures'
 * order is what the freshness rule judges), hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateBlobSealTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final byte[] MARKER = "vtpm-console-sealed-blob-marker-13".getBytes(StandardCharsets.US_ASCII);
	private static final long MIGRATION_TIMEOUT_MILLIS = 60_000;

	@TempDir
	static Path dir;

	private static ProvisionedSwtpm host;
	private static RefusalRecorder refusals;
	private static VirtualMachines vms;
	private static QemuBuild qemu;
	private static Vm vm1;
	private static Vm vm2;
	private static final List<MigrationSocket> senders = new ArrayList<>();

	@BeforeAll
	static void createTwoVms() throws Exception {
		host = ProvisionedSwtpm.start();
		HostLabels labels = new HostLabels(host.tpm, Clock.systemUTC(), new SecureRandom());
		qemu = QemuBuild.of(QEMU);
		refusals = new RefusalRecorder();
		VmRoots.letVmUidsPass(dir);
		vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()), Duration.ofDays(30),
				refusals, Accelerator.TCG);
		vm1 = vms.create("16M");
		vm2 = vms.create("16M");
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
	void endTheStreamsSent() throws Exception {
		for (MigrationSocket sender : senders) {
			sender.close();
		}
		senders.clear();
	}

	@Test
	@Order(1)
	void savevmPutsOnlySealedStateIntoTheImageAndLoadvmBringsItBack() throws Exception {
		try (QemuProcess running = vms.start(vm1)) {
			SeaBios.awaitMeasurements(vms, vm1);
			NvCommands.defineAndWrite(vms.gateway(vm1), MARKER);
			assertEquals("", hmp(running, "savevm snap1"));
			assertFalse(StateFiles.contains(vm1.image(), MARKER), "no plaintext vTPM state in the image");
			assertTrue(StateFiles.contains(vm1.image(), SealedBlob.MAGIC), "the sealed blobs are in the image");

			assertEquals("", hmp(running, "loadvm snap1"));
			assertEquals("running", running.qmp().status());
			assertArrayEquals(MARKER, NvCommands.read(vms.gateway(vm1), MARKER.length), "the vTPM came back whole");
			assertFalse(refusals.anyBlobRefused());
		} finally {
			vms.stop(vm1);
		}
	}

	@Test
	@Order(2)
	void migrationToAFileCarriesOnlySealedState() throws Exception {
		Path stream = migrateToFile(vm1, "vm1.migration");
		assertTrue(Files.size(stream) > 10_000);
		assertFalse(StateFiles.contains(stream, MARKER), "no plaintext vTPM state in the migration stream");
		assertTrue(StateFiles.contains(stream, SealedBlob.MAGIC), "the sealed blobs are in the stream");
	}

	@Test
	@Order(3)
	void anOlderCaptureIsRefused() throws Exception {
		try (QemuProcess running = vms.start(vm1)) {
			SeaBios.awaitMeasurements(vms, vm1);
			String output = hmp(running, "loadvm snap1");
			assertTrue(output.contains("Error"), output);
			RefusalRecorder.RefusedBlob refused = refusals.nextBlob();
			assertEquals(vm1.uuid(), refused.vm());
			assertEquals(BlobRefusal.Kind.NOT_FRESH, refused.refusal().kind());
			assertTrue(refused.refusal().getMessage().contains("older than the VM's latest capture"),
					refused.refusal().getMessage());
		} finally {
			vms.stop(vm1);
		}
	}

	@Test
	@Order(4)
	void aFreshQemuOfTheSameVmTakesTheMigratedState() throws Exception {
		try (QemuProcess incoming = startIncoming(vm1, dir.resolve("vm1.migration"))) {
			assertEquals("running", awaitIncoming(incoming));
			assertArrayEquals(MARKER, NvCommands.read(vms.gateway(vm1), MARKER.length), "the vTPM came back whole");
			assertFalse(refusals.anyBlobRefused());
		} finally {
			awaitGatewayIdle(vm1);
		}
	}

	@Test
	@Order(5)
	void anotherVmsSealedStateIsRefused() throws Exception {
		Path vm2Stream = migrateToFile(vm2, "vm2.migration");
		assertRefusedIncoming(vm2Stream, BlobRefusal.Kind.OTHER_VM, "sealed for VM " + vm2.uuid());
	}

	@Test
	@Order(6)
	void aFlippedBitIsRefused() throws Exception {
		byte[] stream = Files.readAllBytes(dir.resolve("vm1.migration"));
		int blob = StateFiles.indexOf(stream, SealedBlob.MAGIC, 0);
		stream[blob + SealedBlob.HEADER_LENGTH + 100] ^= 0x01;
		Path altered = Files.write(dir.resolve("vm1-flipped.migration"), stream);
		assertRefusedIncoming(altered, BlobRefusal.Kind.NOT_AUTHENTIC, "does not authenticate");
	}

	@Test
	@Order(7)
	void aBlobWithoutTheSealIsRefused() throws Exception {
		byte[] stream = Files.readAllBytes(dir.resolve("vm1.migration"));
		int blob = StateFiles.indexOf(stream, SealedBlob.MAGIC, 0);
		System.arraycopy("PLAINTXT".getBytes(StandardCharsets.US_ASCII), 0, stream, blob, 8);
		Path unsealed = Files.write(dir.resolve("vm1-unsealed.migration"), stream);
		assertRefusedIncoming(unsealed, BlobRefusal.Kind.NOT_SEALED, "no VTPMSEAL header");
	}

	@Test
	@Order(8)
	void theLatestCaptureStillComesBackAfterTheRefusals() throws Exception {
		try (QemuProcess incoming = startIncoming(vm1, dir.resolve("vm1.migration"))) {
			assertEquals("running", awaitIncoming(incoming));
			assertArrayEquals(MARKER, NvCommands.read(vms.gateway(vm1), MARKER.length));
		} finally {
			awaitGatewayIdle(vm1);
		}
	}

	/**
	 * Starts the VM, waits for its firmware, migrates it with QMP through a unix socket in QEMU's own directory into
	 * a file and stops it.
	 */
	private static Path migrateToFile(Vm vm, String name) throws Exception {
		Path stream = dir.resolve(name);
		try (QemuProcess running = vms.start(vm)) {
			SeaBios.awaitMeasurements(vms, vm);
			Path socket = VmConfinement.qemuDir(vm.runDir()).resolve("migration-out.sock");
			try (MigrationSocket target = MigrationSocket.receiveInto(socket, vms.confinement(vm).qemu(), stream)) {
				running.qmp().execute("migrate", Map.of("uri", "unix:" + socket));
				long deadline = System.currentTimeMillis() + MIGRATION_TIMEOUT_MILLIS;
				String status;
				do {
					Thread.sleep(50);
					status = running.qmp().execute("query-migrate").path("status").asText();
				} while (!List.of("completed", "failed", "cancelled").contains(status)
						&& System.currentTimeMillis() < deadline);
				assertEquals("completed", status, running.qmp().execute("query-migrate").toString());
				target.awaitEnd();
			}
		} finally {
			vms.stop(vm);
		}
		return stream;
	}

	/** A QEMU of VM 1 that loads {@code stream} as an incoming migration, and the refusal its gateway reports. */
	private static void assertRefusedIncoming(Path stream, BlobRefusal.Kind kind, String words) throws Exception {
		try (QemuProcess incoming = startIncoming(vm1, stream)) {
			assertEquals("exited", awaitIncoming(incoming));
			RefusalRecorder.RefusedBlob refused = refusals.nextBlob();
			assertEquals(vm1.uuid(), refused.vm());
			assertEquals(kind, refused.refusal().kind(), refused.refusal().toString());
			assertTrue(refused.refusal().getMessage().contains(words), refused.refusal().getMessage());
			assertTrue(incoming.output().contains("tpm-emulator: Setting the stateblob"), incoming.output());
		} finally {
			awaitGatewayIdle(vm1);
		}
	}

	/**
	 * An incoming QEMU of the VM, confined and registered with its gateway as the agent starts and registers the VM's
	 * QEMU, fed {@code stream} through the unix socket it listens on.
	 */
	private static QemuProcess startIncoming(Vm vm, Path stream) throws Exception {
		VtpmGateway gateway = vms.gateway(vm);
		Confinement confinement = vms.confinement(vm).qemu();
		int uid = confinement.identity().orElseThrow().uid();
		gateway.expectQemu();
		QemuProcess incoming = QemuProcess.start(QemuLaunch.of(qemu.executable(), Accelerator.TCG_NAME, vm),
				confinement, List.of("-incoming", "defer"), pid -> gateway.qemuStarted(pid, uid));
		Path socket = VmConfinement.qemuDir(vm.runDir()).resolve("migration-in.sock");
		incoming.qmp().execute("migrate-incoming", Map.of("uri", "unix:" + socket));
		senders.add(MigrationSocket.sendFrom(stream, socket));
		return incoming;
	}

	/** "running" once the incoming migration is loaded, "exited" if QEMU gave up (as it does when a load fails). */
	private static String awaitIncoming(QemuProcess incoming) throws Exception {
		long deadline = System.currentTimeMillis() + MIGRATION_TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			String status;
			try {
				status = incoming.qmp().status();
			} catch (IOException closed) {
				assertTrue(incoming.awaitExit(5_000), "QEMU closed QMP but did not exit");
				return "exited";
			}
			if (!status.equals("inmigrate")) {
				return status;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the incoming migration did not end within " + MIGRATION_TIMEOUT_MILLIS + " ms");
	}

	private static String hmp(QemuProcess qemu, String command) throws IOException {
		return qemu.qmp().execute("human-monitor-command", Map.of("command-line", command)).asText().strip();
	}

	private static void awaitGatewayIdle(Vm vm) throws Exception {
		assertTrue(vms.gateway(vm).awaitIdle(10_000), "the vTPM session ended with QEMU");
	}
}
