package org.vtpmconsole.label;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * Label costs against two real swtpm hosts: decode+verify without a TPM (µs), create and the full exchange A→B
 * (ms), with the TPM commands each issues and the ratio of wall time to the time the TPM operations themselves
 * took (what the label layer adds on top). Run with releng/bench-label.sh.
 */
public final class LabelTpmBench {

	/** Sums what the TPM layer reports, so the label layer's own overhead can be told apart. */
	private static final class TpmTime implements org.vtpmconsole.tpm.OperationListener {
		final AtomicLong nanos = new AtomicLong();
		final AtomicLong commands = new AtomicLong();

		@Override
		public void completed(String operation, long operationNanos, long operationCommands, boolean failed) {
			nanos.addAndGet(operationNanos);
			commands.addAndGet(operationCommands);
		}

		void reset() {
			nanos.set(0);
			commands.set(0);
		}
	}

	private LabelTpmBench() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		UUID vm = UUID.fromString("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
		byte[] qemu = HashAlgorithm.SHA256.hash("qemu".getBytes());
		try (Swtpm swtpmA = Swtpm.tcp(); Swtpm swtpmB = Swtpm.tcp();
				TssHostTpm a = swtpmA.openHostTpm(); TssHostTpm b = swtpmB.openHostTpm()) {
			a.provision();
			b.provision();
			TpmTime time = new TpmTime();
			a.setOperationListener(time);
			b.setOperationListener(time);
			HostLabels labelsA = new HostLabels(a, Clock.systemUTC(), new SecureRandom());
			HostLabels labelsB = new HostLabels(b, Clock.systemUTC(), new SecureRandom());
			TrustedSigner migA = new TrustedSigner(a.publicKey(KeyRole.RSA_MIG), a.name(KeyRole.RSA_MIG),
					TrustedSigner.Role.RSA_MIG, "A");
			TrustedSigner migB = new TrustedSigner(b.publicKey(KeyRole.RSA_MIG), b.name(KeyRole.RSA_MIG),
					TrustedSigner.Role.RSA_MIG, "B");
			List<TrustedSigner> signersA = labelsA.ownSigners();

			Label sample;
			try (HostLabels.Created created = labelsA.create(vm, qemu, Duration.ofDays(30))) {
				sample = created.label();
			}
			byte[] encoded = sample.encode();
			int verifyRounds = rounds * 50;
			for (int i = 0; i < verifyRounds; i++) {
				LabelVerifier.verify(LabelCodec.decode(encoded), signersA, java.time.Instant.now(),
						LabelVerifier.Expectations.none().withVm(vm));
			}
			long start = System.nanoTime();
			for (int i = 0; i < verifyRounds; i++) {
				LabelVerifier.verify(LabelCodec.decode(encoded), signersA, java.time.Instant.now(),
						LabelVerifier.Expectations.none().withVm(vm));
			}
			System.out.printf("decode+verify (no TPM): %.1f µs/label over %d rounds%n",
					(System.nanoTime() - start) / 1e3 / verifyRounds, verifyRounds);

			measure("create", rounds, time, () -> {
				try (HostLabels.Created created = labelsA.create(vm, qemu, Duration.ofDays(30))) {
					return created.label();
				}
			});
			measure("unwrap (openStateKey: verify + RSA_Decrypt)", rounds, time, () -> {
				try (StateKey key = labelsA.openStateKey(sample,
						LabelVerifier.Expectations.none().withVm(vm).withApprovedQemu(List.of(qemu)))) {
					return key;
				}
			});
			measure("exchange A->B (toMigrating on A + toLocal on B)", rounds, time,
					() -> labelsB.toLocal(labelsA.toMigrating(sample, migB), migA));
		}
	}

	@FunctionalInterface
	private interface Operation {
		Object run() throws Exception;
	}

	private static void measure(String name, int rounds, TpmTime time, Operation operation) throws Exception {
		for (int i = 0; i < rounds / 5; i++) {
			operation.run();
		}
		long[] wall = new long[rounds];
		long tpmNanos = 0;
		long commands = 0;
		for (int i = 0; i < rounds; i++) {
			time.reset();
			long start = System.nanoTime();
			operation.run();
			wall[i] = System.nanoTime() - start;
			tpmNanos += time.nanos.get();
			commands += time.commands.get();
		}
		Arrays.sort(wall);
		long total = Arrays.stream(wall).sum();
		System.out.printf("%s: median %.2f ms, p99 %.2f ms, %.1f TPM commands, wall/TPM-time ratio %.3f (n=%d)%n",
				name, wall[rounds / 2] / 1e6, wall[rounds * 99 / 100] / 1e6, (double) commands / rounds,
				(double) total / tpmNanos, rounds);
	}
}
