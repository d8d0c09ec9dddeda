package org.vtpmconsole.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.LegacyProvisioning;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyHandles;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.LegacyKey;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * A host provisioned the old way (RSA_local and RSA_mig without authValue) with three VMs is moved onto the new keys:
 * every label ends up wrapped to and signed by the new RSA_local and still opens its vTPM, and the legacy keys are
 * gone; a crash at any step, followed by a restart, loses nothing.
 */
class HostKeyMigrationTest {
	private static final byte[] QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 7.2".getBytes());
	private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
	private static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
	private static final int VMS = 3;

	@TempDir
	Path dir;

	/** An old host: its images, the VMs' UUIDs and the check values of their state keys. */
	private record OldHost(Swtpm swtpm, List<Path> images, List<UUID> vms, List<byte[]> checkValues) {
	}

	@Test
	void everyLabelMovesToTheNewRsaLocalAndTheLegacyKeysAreEvicted() throws Exception {
		OldHost host = oldHost(dir);
		try (Swtpm swtpm = host.swtpm(); TssHostTpm agent = swtpm.openHostTpm()) {
			assertEquals(2, agent.provision().legacyKeys().size(), "provisioning reports the legacy keys");
			HostKeyMigration.Result result = new HostKeyMigration(agent, labels(agent), CLOCK).migrate(host.images(),
					image -> false);
			System.out.println("migration: moved " + result.moved().size() + ", evicted " + result.evicted() + ", kept "
					+ result.kept() + ", problems " + result.problems());
			assertEquals(host.images(), result.moved());
			assertEquals(List.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG), result.evicted());
			assertAllMoved(host, agent);
			assertTrue(new HostKeyMigration(agent, labels(agent), CLOCK).migrate(host.images(), image -> false)
					.nothingToDo(), "a second run has nothing to do");
		}
	}

	@Test
	void aCrashAtAnyStepLosesNoVmAndTheNextStartFinishes() throws Exception {
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < VMS; i++)
			for (String step : List.of("unwrap ", "write ", "written "))
				steps.add(step + "vm" + i + ".qcow2");
		steps.add("evict");
		steps.add("evict RSA_MIG");
		for (String crashAt : steps) {
			Path caseDir = dir.resolve(crashAt.replace(' ', '-'));
			OldHost host = oldHost(caseDir);
			try (Swtpm swtpm = host.swtpm()) {
				try (TssHostTpm agent = swtpm.openHostTpm()) {
					agent.provision();
					HostKeyMigration crashing = new HostKeyMigration(agent, labels(agent), CLOCK, step -> {
						if (step.equals(crashAt))
							throw new IOException("simulated crash at " + step);
					});
					IOException crash = assertThrows(IOException.class, () -> crashing.migrate(host.images(), i -> false));
					assertEquals("simulated crash at " + crashAt, crash.getMessage());
				}
				// the restarted agent: a new connection, provisioning, and the migration from the start
				try (TssHostTpm agent = swtpm.openHostTpm()) {
					agent.provision();
					new HostKeyMigration(agent, labels(agent), CLOCK).migrate(host.images(), image -> false);
					assertAllMoved(host, agent);
				}
			}
		}
	}

	@Test
	void aRunningVmKeepsTheLegacyKeyUntilItsLabelIsMoved() throws Exception {
		OldHost host = oldHost(dir);
		try (Swtpm swtpm = host.swtpm(); TssHostTpm agent = swtpm.openHostTpm()) {
			agent.provision();
			Path running = host.images().get(1);
			HostKeyMigration.Result first = new HostKeyMigration(agent, labels(agent), CLOCK).migrate(host.images(),
					running::equals);
			assertEquals(List.of(KeyRole.RSA_MIG), first.evicted());
			assertTrue(first.kept().get(0).contains("legacy RSA_LOCAL: 1 label(s)"), first.kept().toString());
			assertTrue(first.problems().get(0).contains("its VM runs"), first.problems().toString());
			new HostKeyMigration(agent, labels(agent), CLOCK).migrate(host.images(), image -> false);
			assertAllMoved(host, agent);
		}
	}

	private static HostLabels labels(TssHostTpm tpm) {
		return new HostLabels(tpm, CLOCK, new SecureRandom());
	}

	private static void assertAllMoved(OldHost host, TssHostTpm agent) throws Exception {
		HostLabels labels = labels(agent);
		byte[] newLocal = agent.name(KeyRole.RSA_LOCAL);
		for (int i = 0; i < VMS; i++) {
			Label label = new Qcow2LabelStore().read(host.images().get(i)).orElseThrow();
			assertArrayEquals(newLocal, label.recipientName(), "vm" + i + " wrapped to the new RSA_local");
			assertArrayEquals(newLocal, label.signerName(), "vm" + i + " signed by the new RSA_local");
			LabelVerification verification = labels.check(label, LabelVerifier.Expectations.none()
					.withVm(host.vms().get(i)).withApprovedQemu(List.of(QEMU))
					.withStateKeyCheckValue(host.checkValues().get(i)));
			assertTrue(verification.valid(), "vm" + i + ": " + verification.summary());
		}
		assertEquals(List.of(), agent.legacyKeys(), "the legacy keys are evicted");
	}

	/** Provisioning and labels exactly as before the change: made with the legacy RSA_local over its own connection. */
	private static OldHost oldHost(Path dir) throws Exception {
		Swtpm swtpm = Swtpm.tcp();
		try {
			LegacyProvisioning.provisionTheOldWay(swtpm);
			LegacyKey oldLocal;
			try (TssHostTpm reader = HostTpms.open(swtpm.address())) {
				oldLocal = reader.legacyKeys().stream().filter(key -> key.handle() == KeyHandles.LEGACY_RSA_LOCAL)
						.findFirst().orElseThrow();
			}
			List<Path> images = new ArrayList<>();
			List<UUID> vms = new ArrayList<>();
			List<byte[]> checkValues = new ArrayList<>();
			java.nio.file.Files.createDirectories(dir);
			for (int i = 0; i < VMS; i++) {
				Path image = dir.resolve("vm" + i + ".qcow2");
				QemuImg.create(image, "1M");
				UUID vm = UUID.randomUUID();
				try (StateKey key = StateKey.generate(new SecureRandom())) {
					Label unsigned = Label.builder().status(LabelStatus.LOCAL).validity(T0, T0.plus(Duration.ofDays(30)))
							.secret(StateKeyWrapping.wrap(key, oldLocal.publicKey()))
							.uuidHash(Label.uuidHash(HashAlgorithm.SHA256, vm)).qemuDigest(QEMU)
							.signerName(oldLocal.name()).recipientName(oldLocal.name()).build();
					byte[] digest = MessageDigest.getInstance("SHA-256").digest(unsigned.signedBytes());
					LegacyProvisioning.Outcome signed = LegacyProvisioning.signTheOldWay("127.0.0.1", swtpm.port(),
							KeyHandles.LEGACY_RSA_LOCAL, digest);
					assertTrue(signed.succeeded(), signed.describe());
					new Qcow2LabelStore().write(image, unsigned.withSignature(signed.output()));
					checkValues.add(key.checkValue());
				}
				images.add(image);
				vms.add(vm);
			}
			assertFalse(images.isEmpty());
			return new OldHost(swtpm, images, vms, checkValues);
		} catch (Exception | Error e) {
			swtpm.close();
			throw e;
		}
	}
}
