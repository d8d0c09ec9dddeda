package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.vtpmconsole.agent.swtpm.DirectVtpm;
import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.label.StateKey;

/**
 * TPM command round trips against real swtpm, directly on swtpm's data channel and through the gateway's data relay
 * (one more socket hop each way and the frame parsing), for cheap and expensive commands: median, p99 and their
 * ratios. Both vTPMs run side by side and each command is measured on one and then the other. Run with
 * {@code releng/bench-gateway.sh [ROUNDS [EXPENSIVE_ROUNDS]]}.
 */
public final class GatewayBench {
	private static final HexFormat HEX = HexFormat.of();
	private static final int TPM_RC_RETRY = 0x922;
	/** The empty password session on TPM_RS_PW: handle, no nonce, no attributes, empty HMAC. */
	private static final String PASSWORD_AUTH = "00000009" + "40000009" + "0000" + "00" + "0000";
	private static final String SHA256_DIGEST = "11".repeat(32);
	/** TPMT_PUBLIC of an ECDSA P-256 SHA-256 signing key: fixedTPM, fixedParent, sensitiveDataOrigin, userWithAuth, sign. */
	private static final String ECC_SIGNING_KEY = "0018" + "0023" + "000b" + "00040072" + "0000" + "0010" + "0018000b"
			+ "0003" + "0010" + "0000" + "0000";
	private static final String CREATE_PRIMARY_ECC = "80020000004100000131" + "40000001" + PASSWORD_AUTH
			+ "000400000000" + ECC_SIGNING_KEY + "0000" + "00000000";

	private GatewayBench() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int expensiveRounds = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(50, rounds / 20);
		List<Workload> workloads = List.of(
				new Workload("TPM2_GetRandom(8)", rounds, fixed("80010000000c0000017b0008")),
				new Workload("TPM2_PCR_Read(SHA-256, PCR 0)", rounds,
						fixed("80010000001400" + "00017e" + "00000001" + "000b" + "03" + "010000")),
				new Workload("TPM2_PCR_Extend(PCR 16)", rounds, fixed("80020000004100000182" + "00000010"
						+ PASSWORD_AUTH + "00000001" + "000b" + SHA256_DIGEST)),
				new Workload("TPM2_Sign(ECDSA P-256)", expensiveRounds, GatewayBench::signWithNewKey),
				new Workload("TPM2_CreatePrimary(ECC P-256)", expensiveRounds, new CreatePrimary()));
		Path dir = Files.createTempDirectory("gateway-bench");
		try (StateKey key = StateKey.generate(new SecureRandom());
				DirectVtpm direct = DirectVtpm.start(Files.createDirectories(dir.resolve("d")), dir.resolve("d-run"),
						key);
				RelayedVtpm relayed = new RelayedVtpm(dir.resolve("g"), dir.resolve("g-run"), key,
						TpmTrafficObserver.NONE)) {
			System.out.printf(Locale.ROOT, "%-30s %7s | %-17s | %-17s | %-11s | %s%n", "", "",
					"direct (µs)", "gateway (µs)", "ratio", "added (µs)");
			System.out.printf(Locale.ROOT, "%-30s %7s | %8s %8s | %8s %8s | %5s %5s | %s%n", "command", "rounds",
					"median", "p99", "median", "p99", "med", "p99", "median");
			for (Workload workload : workloads) {
				long[] straight = measure(direct, workload);
				long[] through = measure(relayed, workload);
				report(workload, straight, through);
			}
		} finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** One kind of command to time. */
	private record Workload(String name, int rounds, Command command) {
	}

	private interface Command {
		/** The command to time on {@code tpm}, after whatever it needs there first (e.g. a loaded key). */
		TpmFrame prepare(TpmCommandChannel tpm) throws IOException;

		/** Untimed, after each round: releases what the command made. */
		default void after(TpmCommandChannel tpm, TpmFrame response) throws IOException {
		}
	}

	private static Command fixed(String hex) {
		return tpm -> TpmFrame.of(HEX.parseHex(hex));
	}

	/** Creates and flushes a primary ECC key per round: key derivation from the owner seed, no key left behind. */
	private static final class CreatePrimary implements Command {
		@Override
		public TpmFrame prepare(TpmCommandChannel tpm) throws IOException {
			return TpmFrame.of(HEX.parseHex(CREATE_PRIMARY_ECC));
		}

		@Override
		public void after(TpmCommandChannel tpm, TpmFrame response) throws IOException {
			succeeded("TPM2_FlushContext", tpm.transact(TpmFrame.of(HEX.parseHex("80010000000e00000165"
					+ HEX.formatHex(response.bytes(), TpmFrame.HEADER_SIZE, TpmFrame.HEADER_SIZE + 4)))));
		}
	}

	/** Signs a SHA-256 digest with a primary ECC key made once beforehand (null ticket: the digest is external). */
	private static TpmFrame signWithNewKey(TpmCommandChannel tpm) throws IOException {
		TpmFrame primary = succeeded("TPM2_CreatePrimary", tpm.transact(TpmFrame.of(HEX.parseHex(CREATE_PRIMARY_ECC))));
		int key = ByteBuffer.wrap(primary.bytes()).getInt(TpmFrame.HEADER_SIZE);
		return TpmFrame.of(HEX.parseHex("80020000004700" + "00015d" + String.format("%08x", key) + PASSWORD_AUTH
				+ "0020" + SHA256_DIGEST + "0010" + "8024" + "40000007" + "0000"));
	}

	private static long[] measure(TpmCommandChannel tpm, Workload workload) throws IOException {
		TpmFrame command = workload.command().prepare(tpm);
		int warmUp = Math.min(workload.rounds() / 10 + 1, 500);
		for (int i = 0; i < warmUp; i++) {
			workload.command().after(tpm, succeeded(workload.name(), transact(tpm, command)));
		}
		long[] nanos = new long[workload.rounds()];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			TpmFrame response = transact(tpm, command);
			nanos[i] = System.nanoTime() - start;
			workload.command().after(tpm, succeeded(workload.name(), response));
		}
		Arrays.sort(nanos);
		return nanos;
	}

	/** Sends {@code command} again while the TPM answers TPM_RC_RETRY, as a TPM client must (libtpms' ECDSA does). */
	private static TpmFrame transact(TpmCommandChannel tpm, TpmFrame command) throws IOException {
		TpmFrame response = tpm.transact(command);
		while (response.code() == TPM_RC_RETRY) {
			response = tpm.transact(command);
		}
		return response;
	}

	private static TpmFrame succeeded(String command, TpmFrame response) throws IOException {
		if (response.code() != 0) {
			throw new IOException(String.format("%s failed with TPM response code 0x%x", command, response.code()));
		}
		return response;
	}

	private static void report(Workload workload, long[] direct, long[] gateway) {
		System.out.printf(Locale.ROOT, "%-30s %7d | %8.1f %8.1f | %8.1f %8.1f | %5.2f %5.2f | %+.1f%n",
				workload.name(), workload.rounds(), micros(direct, 50), micros(direct, 99), micros(gateway, 50),
				micros(gateway, 99), micros(gateway, 50) / micros(direct, 50),
				micros(gateway, 99) / micros(direct, 99), micros(gateway, 50) - micros(direct, 50));
	}

	private static double micros(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)] / 1e3;
	}
}
