package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.HashAlgorithm;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelStatus;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.verify.labels.ApprovedQemu;
import org.vtpmconsole.verify.labels.LabelTrust;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * 1,000 hosts × 50 VMs of signed labels (RSA-2048, SHA-256) arriving in the running console with the explorer open:
 * the console verifies every one off the UI thread and the explorer shows the verdicts. Prints the cost per label
 * (the Job's wall time, and one thread's LabelReview alone) and the longest the UI thread went without running a
 * 10 ms heartbeat, into the test output and target/label-verification-performance.txt. Asserts the verdicts, and
 * only a generous ceiling on the UI stall so a busy build machine does not fail the suite.
 * <p>
 * The labels are signed by a JCE key vouched for through a {@link LabelTrust} in the context (50,000 TPM signatures
 * would take the swtpm most of an hour); the 50 VMs of a host have 50 UUIDs shared by all hosts, so 50 signatures
 * serve the fleet. Verifying costs the same: decode, the RSA signature check, validity, UUID and QEMU checks.
 */
class LabelVerificationPerformanceTest {

	private static final int HOSTS = 1_000;
	private static final int VMS_PER_HOST = 50;
	/** every 25th label has a flipped signature bit */
	private static final int TAMPERED_EVERY = 25;
	private static final long UI_STALL_CEILING_MS = 5_000;
	private static final byte[] QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 8.2".getBytes());

	private final Workbench workbench = Workbench.find();
	private final FleetRepository repository = workbench.onUi(
			() -> workbench.application.getContext().get(FleetRepository.class));
	private final List<String> report = new ArrayList<>();

	@AfterEach
	void removeFleet() {
		workbench.onUi(() -> {
			repository.fleet().getHosts().clear();
			workbench.application.getContext().remove(LabelTrust.class);
			return null;
		});
	}

	@Test
	void fiftyThousandLabelsAreVerifiedOffTheUiThread() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair signer = generator.generateKeyPair();
		byte[] signerName = ByteBuffer.allocate(34).putShort((short) HashAlgorithm.SHA256.algId())
				.put(HashAlgorithm.SHA256.hash(signer.getPublic().getEncoded())).array();
		TrustedSigner trusted = new TrustedSigner((RSAPublicKey) signer.getPublic(), signerName,
				TrustedSigner.Role.RSA_LOCAL, "the benchmark's RSA_local");
		List<UUID> uuids = new ArrayList<>();
		List<byte[]> signed = new ArrayList<>();
		List<byte[]> tampered = new ArrayList<>();
		for (int v = 0; v < VMS_PER_HOST; v++) {
			UUID uuid = UUID.randomUUID();
			uuids.add(uuid);
			Label label = sign(signer, signerName, uuid);
			signed.add(label.encode());
			byte[] signature = label.signature();
			signature[7] ^= 0x01;
			tampered.add(label.withSignature(signature).encode());
		}
		List<Host> hosts = new ArrayList<>();
		List<org.vtpmconsole.model.Label> labels = new ArrayList<>();
		for (int h = 0; h < HOSTS; h++) {
			Host host = FleetFactory.eINSTANCE.createHost();
			host.setName(String.format("bench-%04d", h));
			host.setAddress(String.format("10.9.%d.%d:8443", h / 250, h % 250));
			for (int v = 0; v < VMS_PER_HOST; v++) {
				VirtualMachine vm = FleetFactory.eINSTANCE.createVirtualMachine();
				vm.setUuid(uuids.get(v).toString());
				vm.setName(String.format("vm-%04d-%02d", h, v));
				org.vtpmconsole.model.Label label = FleetFactory.eINSTANCE.createLabel();
				label.setEncoded((labels.size() + 1) % TAMPERED_EVERY == 0 ? tampered.get(v) : signed.get(v));
				vm.setLabel(label);
				labels.add(label);
				host.getVirtualMachines().add(vm);
			}
			hosts.add(host);
		}
		ApprovedQemuPreference.approve(workbench, QEMU);
		workbench.onUi(() -> {
			workbench.application.getContext().set(LabelTrust.class, host -> new LabelTrust.Signers(List.of(trusted), List.of()));
			return null;
		});

		long reviewNanos = timeReviewsAlone(labels, trusted);
		figure("LabelReview alone, one thread, per label", reviewNanos / (double) labels.size() / 1e3, "\u00B5s");

		AtomicLong longestStall = new AtomicLong();
		boolean[] measuring = { true };
		long[] lastBeat = { System.nanoTime() };
		Runnable[] heartbeat = new Runnable[1];
		heartbeat[0] = () -> {
			long now = System.nanoTime();
			longestStall.accumulateAndGet(now - lastBeat[0], Math::max);
			lastBeat[0] = now;
			if (measuring[0]) {
				workbench.display.timerExec(10, heartbeat[0]);
			}
		};
		long start = System.nanoTime();
		workbench.onUi(() -> {
			lastBeat[0] = System.nanoTime();
			workbench.display.timerExec(10, heartbeat[0]);
			repository.fleet().getHosts().addAll(hosts);
			return null;
		});
		long added = System.nanoTime();
		Job.getJobManager().join(LabelVerificationAddon.FAMILY, null);
		long verified = System.nanoTime();
		// the explorer's last batch of verdicts reaches the tree through the UI thread's queue
		workbench.onUi(() -> null);
		workbench.onUi(() -> {
			measuring[0] = false;
			return null;
		});
		long shown = System.nanoTime();

		figure("add 1,000 hosts x 50 VMs to the observed fleet (UI thread)", (added - start) / 1e6, "ms");
		figure("verify 50,000 labels in the Job (wall)", (verified - added) / 1e6, "ms");
		figure("  per label", (verified - added) / (double) labels.size() / 1e3, "\u00B5s");
		figure("until the explorer has the last verdicts", (shown - start) / 1e6, "ms");
		figure("longest UI-thread stall (10 ms heartbeat), adding included", longestStall.get() / 1e6, "ms");
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-verification-fleet"));

		long invalid = workbench.onUi(() -> labels.stream().filter(l -> l.getVerification() == VerificationState.INVALID).count());
		long valid = workbench.onUi(() -> labels.stream().filter(l -> l.getVerification() == VerificationState.VALID).count());
		String text = String.join("\n", report);
		System.out.println("Label verification, " + HOSTS + " hosts x " + VMS_PER_HOST + " VMs:\n" + text);
		Files.writeString(Path.of("target/label-verification-performance.txt"), text + "\n");
		assertEquals(labels.size() / TAMPERED_EVERY, invalid, text);
		assertEquals(labels.size() - labels.size() / TAMPERED_EVERY, valid, text);
		assertTrue(longestStall.get() < Duration.ofMillis(UI_STALL_CEILING_MS).toNanos(), text);
	}

	/** The verification itself, without the model or the Job: what the Job's wall time is made of. */
	private static long timeReviewsAlone(List<org.vtpmconsole.model.Label> labels, TrustedSigner trusted) {
		LabelTrust trust = LabelTrust.memoized(host -> new LabelTrust.Signers(List.of(trusted), List.of()));
		// the labels are not in a fleet yet, so hosts are looked up per VM as in the console
		Instant now = Instant.now();
		ApprovedQemu approved = new ApprovedQemu(List.of(QEMU));
		long start = System.nanoTime();
		int checksum = 0;
		for (org.vtpmconsole.model.Label label : labels) {
			checksum += FleetEvidence.around(label).review(label, trust, approved, now).verdict().ordinal();
		}
		long elapsed = System.nanoTime() - start;
		assertTrue(checksum > 0);
		return elapsed;
	}

	private static Label sign(KeyPair signer, byte[] signerName, UUID vm) throws Exception {
		byte[] secret = new byte[256];
		new SecureRandom().nextBytes(secret);
		byte[] recipient = ByteBuffer.allocate(34).putShort((short) HashAlgorithm.SHA256.algId())
				.put(HashAlgorithm.SHA256.hash(secret)).array();
		Instant now = Instant.now();
		Label unsigned = Label.builder().status(LabelStatus.LOCAL)
				.validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(180))).secret(secret)
				.uuidHash(Label.uuidHash(HashAlgorithm.SHA256, vm)).qemuDigest(QEMU).signerName(signerName)
				.recipientName(recipient).build();
		Signature rsassa = Signature.getInstance("SHA256withRSA");
		rsassa.initSign(signer.getPrivate());
		rsassa.update(unsigned.signedBytes());
		return unsigned.withSignature(rsassa.sign());
	}

	private void figure(String what, double value, String unit) {
		report.add(String.format(Locale.ROOT, "%-62s %10.1f %s", what, value, unit));
	}
}
