package org.vtpmconsole.agent.swtpm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.vtpmconsole.label.StateKey;

/**
 * The cost of moving a vTPM's state to a new key, the swtpm part of a state-key rotation, on real swtpm: the state
 * out of a swtpm with the old key, into a swtpm with the new key, and a third start proving the new files open. The
 * rest of a rotation is two RSA_local operations on the host TPM and one label write. Run with
 * {@code releng/bench-rotation.sh [ROUNDS]}.
 */
public final class StateMoveBench {
	private static final byte[] MARKER = "vtpm-console-bench-marker-00005".getBytes();

	private StateMoveBench() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		Path dir = Files.createTempDirectory("state-move-bench");
		Path run = dir.resolve("run");
		Path source = Files.createDirectories(dir.resolve("source"));
		long[] out = new long[rounds];
		long[] in = new long[rounds];
		long[] proof = new long[rounds];
		SecureRandom random = new SecureRandom();
		try (StateKey current = StateKey.generate(random)) {
			try (DirectVtpm vtpm = DirectVtpm.start(source, run, current)) {
				NvCommands.defineAndWrite(vtpm, MARKER);
			}
			for (int i = 0; i < rounds; i++) {
				Path target = Files.createDirectories(dir.resolve("next-" + i));
				try (StateKey next = StateKey.generate(random)) {
					long start = System.nanoTime();
					try (VtpmState state = VtpmState.read(source, run, current)) {
						out[i] = System.nanoTime() - start;
						start = System.nanoTime();
						state.writeTo(target, run, next);
						in[i] = System.nanoTime() - start;
					}
					start = System.nanoTime();
					VtpmState.requireOpens(target, run, next);
					proof[i] = System.nanoTime() - start;
				}
			}
			System.out.printf(Locale.ROOT, "vTPM state of %d bytes on disk (permanent state with one NV index), %d rounds%n",
					Files.size(source.resolve("tpm2-00.permall")), rounds);
			report("state out (old key)", out);
			report("state in (new key)", in);
			report("new files open", proof);
			long[] total = new long[rounds];
			Arrays.setAll(total, i -> out[i] + in[i] + proof[i]);
			report("total", total);
		} finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%-20s median %6.1f ms   p90 %6.1f ms%n", what, sorted[sorted.length / 2] / 1e6,
				sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)] / 1e6);
	}
}
