package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;

import org.vtpmconsole.agent.swtpm.DirectVtpm;
import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.label.StateKey;

/**
 * TPM command round trip (TPM2_GetRandom of 8 bytes) against real swtpm, directly on swtpm's data channel and
 * through the gateway's data relay, which adds one socket hop and the frame parsing. Run with
 * {@code releng/bench-gateway.sh [ROUNDS]}.
 */
public final class GatewayBench {
	private static final byte[] GET_RANDOM_8 = HexFormat.of().parseHex("80010000000c0000017b0008");

	private GatewayBench() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		Path dir = Files.createTempDirectory("gateway-bench");
		try (StateKey key = StateKey.generate(new SecureRandom())) {
			long[] direct;
			try (DirectVtpm vtpm = DirectVtpm.start(Files.createDirectories(dir.resolve("d")), dir.resolve("d-run"), key)) {
				direct = measure(vtpm, rounds);
			}
			long[] relayed;
			try (RelayedVtpm vtpm = new RelayedVtpm(dir.resolve("g"), dir.resolve("g-run"), key,
					TpmTrafficObserver.NONE)) {
				relayed = measure(vtpm, rounds);
			}
			report("direct to swtpm", direct);
			report("through gateway", relayed);
			System.out.printf(Locale.ROOT, "ratio gateway/direct: median %.2f, p99 %.2f (%d rounds each)%n",
					(double) percentile(relayed, 50) / percentile(direct, 50),
					(double) percentile(relayed, 99) / percentile(direct, 99), rounds);
		} finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static long[] measure(TpmCommandChannel vtpm, int rounds) throws IOException {
		TpmFrame command = TpmFrame.of(GET_RANDOM_8);
		for (int i = 0; i < Math.min(rounds, 500); i++) {
			vtpm.transact(command);
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			TpmFrame response = vtpm.transact(command);
			nanos[i] = System.nanoTime() - start;
			if (response.code() != 0) {
				throw new IOException(String.format("GetRandom failed with 0x%x", response.code()));
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static void report(String path, long[] sorted) {
		System.out.printf(Locale.ROOT, "%-16s median %7.1f µs   p99 %7.1f µs%n", path, percentile(sorted, 50) / 1e3,
				percentile(sorted, 99) / 1e3);
	}

	private static long percentile(long[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
	}
}
