package org.vtpmconsole.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.api.EventJournal;
import org.vtpmconsole.agent.vm.QemuBuild;
import org.vtpmconsole.agent.vm.QemuProcess;
import org.vtpmconsole.agent.vm.VirtualMachines;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.testing.LegacyProvisioning;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.testing.VmRoots;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * A VM the old agent created on a host provisioned the old way starts with its vTPM after the agent's start-up step
 * has moved it to the new RSA_local: real swtpm as host TPM, real qcow2, real QEMU whose firmware measures into the
 * vTPM that the moved label opened.
 */
class LegacyHostStartTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");

	@TempDir
	Path dir;

	@Test
	void aVmOfTheOldKeysBootsWithItsVtpmAfterTheMoveAndTheLegacyKeysAreGone() throws Exception {
		try (Swtpm hostSwtpm = Swtpm.tcp()) {
			LegacyProvisioning.provisionTheOldWay(hostSwtpm);
			QemuBuild qemu = QemuBuild.of(QEMU);
			EventJournal events = new EventJournal(Clock.systemUTC());
			VmRoots.letVmUidsPass(dir);
			Vm vm;
			HostLabels oldLabels = new HostLabels(new OldWayHostTpm(hostSwtpm), Clock.systemUTC(), new SecureRandom());
			try (VirtualMachines old = new VirtualMachines(dir.resolve("vms"), oldLabels, qemu, List.of(qemu.digest()),
					Duration.ofDays(30), events)) {
				vm = old.create("16M");
			}
			try (TssHostTpm tpm = hostSwtpm.openHostTpm()) {
				tpm.provision();
				HostLabels labels = new HostLabels(tpm, Clock.systemUTC(), new SecureRandom());
				try (VirtualMachines vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()),
						Duration.ofDays(30), events)) {
					RunningAgent.moveOffLegacyKeys(tpm, labels, vms, events);
					assertEquals(List.of(), tpm.legacyKeys(), "both legacy keys are evicted");
					Label moved = new Qcow2LabelStore().read(vm.image()).orElseThrow();
					assertArrayEquals(tpm.name(KeyRole.RSA_LOCAL), moved.recipientName());
					assertTrue(events.after(0, Duration.ZERO).events().stream()
							.anyMatch(event -> event.type().equals("label.key_moved") && event.vm().equals(vm.uuid().toString())));
					try (QemuProcess running = vms.start(vm)) {
						assertEquals("running", running.qmp().status());
						PcrValues pcrs = awaitPcr0(vms, vm);
						System.out.println("moved VM's vTPM PCR 0 (sha256) after boot: "
								+ java.util.HexFormat.of().formatHex(pcrs.get(TpmHash.SHA256, 0)));
					} finally {
						vms.stop(vm);
					}
				}
			}
		}
	}

	/** SeaBIOS extends PCR 0 of the vTPM the gateway opened with the moved label's key. */
	private static PcrValues awaitPcr0(VirtualMachines vms, Vm vm) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try {
				PcrValues pcrs = vms.pcrs(vm);
				for (byte b : pcrs.get(TpmHash.SHA256, 0))
					if (b != 0)
						return pcrs;
			} catch (IOException notYetStarted) {
				if (System.currentTimeMillis() > deadline)
					throw notYetStarted;
			}
			if (System.currentTimeMillis() > deadline)
				throw new AssertionError("SeaBIOS did not extend PCR 0 of the moved VM's vTPM within 30 s");
			Thread.sleep(200);
		}
	}
}
