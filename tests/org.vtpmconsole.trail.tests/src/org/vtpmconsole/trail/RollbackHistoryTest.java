package org.vtpmconsole.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the registers say after the real log's rollbacks (seed: S_E→S_B→S_A and S_C→S_A are told apart), computed
 * here independently of the replay, and the events the replay refuses.
 */
class RollbackHistoryTest {
	private static AnchoredLog trail;
	private static TrailLogChecker checker;

	@BeforeAll
	static void writeTrail() throws Exception {
		trail = new AnchoredLog();
		checker = trail.verify(trail.bytes());
	}

	@AfterAll
	static void stop() {
		trail.close();
	}

	@Test
	void bothPathsBackToSnapshotAShow24To27OfSnapshotA() throws Exception {
		Registers vm1 = checker.replay().registers(AnchoredLog.VM1).orElseThrow();
		Registers vm3 = checker.replay().registers(AnchoredLog.VM3).orElseThrow();
		Registers snapshotA = checker.replay().snapshotRegisters(AnchoredLog.VM1, "S_A").orElseThrow();
		for (Bank bank : Bank.values()) {
			for (int r = 24; r <= 27; r++) {
				assertArrayEquals(snapshotA.value(bank, r), vm1.value(bank, r), bank + " " + r);
				assertArrayEquals(snapshotA.value(bank, r), vm3.value(bank, r), bank + " " + r);
			}
		}
		// 24 = H(0 ‖ H(time of S_A)), 25 = H(0 ‖ H(alice)), 26 = H(0 ‖ H(SHA-256(state A))), 27 untouched
		assertArrayEquals(extendFromZero("SHA-256", AnchoredLog.time(2).getBytes(StandardCharsets.UTF_8)),
				vm1.value(Bank.SHA256, 24));
		assertArrayEquals(extendFromZero("SHA-1", AnchoredLog.ALICE.getBytes(StandardCharsets.UTF_8)),
				vm1.value(Bank.SHA1, 25));
		assertArrayEquals(extendFromZero("SHA-256", AnchoredLog.sha256("state A")), vm1.value(Bank.SHA256, 26));
		assertArrayEquals(new byte[32], vm1.value(Bank.SHA256, 27));
	}

	@Test
	void registers28To31TellThePathsApart() throws Exception {
		Registers vm1 = checker.replay().registers(AnchoredLog.VM1).orElseThrow();
		Registers vm3 = checker.replay().registers(AnchoredLog.VM3).orElseThrow();
		for (Bank bank : Bank.values()) {
			for (int r = 28; r <= 31; r++) {
				assertFalse(Arrays.equals(new byte[bank.digestLength()], vm1.value(bank, r)), bank + " " + r);
				assertFalse(Arrays.equals(vm1.value(bank, r), vm3.value(bank, r)), bank + " " + r);
			}
		}
		// VM 3 rolled back once: 28 = H(0 ‖ H(its rollback time)); VM 1 twice: two extends
		assertArrayEquals(extendFromZero("SHA-256", AnchoredLog.time(12).getBytes(StandardCharsets.UTF_8)),
				vm3.value(Bank.SHA256, 28));
		byte[] once = extendFromZero("SHA-256", AnchoredLog.time(7).getBytes(StandardCharsets.UTF_8));
		assertArrayEquals(extend("SHA-256", once, AnchoredLog.time(8).getBytes(StandardCharsets.UTF_8)),
				vm1.value(Bank.SHA256, 28));
	}

	@Test
	void anApplicationEventOn27IsResetByTheNextSnapshotAndOneOn31IsNot() throws Exception {
		Registers vm2 = checker.replay().registers(AnchoredLog.VM2).orElseThrow();
		assertArrayEquals(new byte[32], vm2.value(Bank.SHA256, 27));
		assertArrayEquals(extendFromZero("SHA-256", AnchoredLog.sha256("intrusion detected")), vm2.value(Bank.SHA256, 31));
	}

	@Test
	void theWriterRefusesEventsTheReplayCannotAccount(@TempDir Path directory) throws Exception {
		UUID vm = UUID.randomUUID();
		try (TrailWriter writer = TrailWriter.open(directory.resolve("log"))) {
			String time = AnchoredLog.time(0);
			assertRefused(() -> writer.append(vm, time, EventType.SNAPSHOT, "u", Optional.of("S"), List.of()),
					"never created here");
			writer.append(vm, time, EventType.CREATED, "u", Optional.empty(), List.of());
			assertRefused(() -> writer.append(vm, time, EventType.CREATED, "u", Optional.empty(), List.of()),
					"created a second time");
			assertRefused(() -> writer.append(vm, time, EventType.ROLLBACK, "u", Optional.of("S_X"),
					TrailExtends.rollback(time, "u", new byte[32], new byte[32])), "no earlier snapshot event");
			assertRefused(() -> writer.append(vm, time, EventType.SNAPSHOT, "u", Optional.of("S"),
					List.of(new Extend(28, new byte[1]))), "extends register 28, only 24-27");
			assertRefused(() -> writer.append(vm, time, EventType.APP_EVENT, "u", Optional.empty(),
					List.of(new Extend(25, new byte[1]))), "only 27 or 31");
			assertRefused(() -> writer.append(vm, time, EventType.SNAPSHOT, "u", Optional.of("S"),
					TrailExtends.snapshot(time, "mallory", new byte[32])), "register 25 with the line's user");
		}
		// nothing refused was written: the log still has its one line and verifies
		byte[] log = Files.readAllBytes(directory.resolve("log"));
		assertEquals(1, TrailLog.check(log).lineCount());
	}

	@Test
	void aReopenedWriterContinuesTheChainAndATornLogIsNotAppendedTo(@TempDir Path directory) throws Exception {
		Path log = directory.resolve("log");
		UUID vm = UUID.randomUUID();
		try (TrailWriter writer = TrailWriter.open(log)) {
			writer.append(vm, AnchoredLog.time(0), EventType.CREATED, "u", Optional.empty(), List.of());
		}
		try (TrailWriter writer = TrailWriter.open(log)) {
			String time = AnchoredLog.time(1);
			TrailWriter.Appended second = writer.append(vm, time, EventType.SNAPSHOT, "u", Optional.of("S"),
					TrailExtends.snapshot(time, "u", new byte[32]));
			assertEquals(2, second.event().seq());
		}
		assertEquals(2, TrailLog.check(Files.readAllBytes(log)).lineCount());
		byte[] torn = Files.readAllBytes(log);
		Files.write(log, Arrays.copyOf(torn, torn.length - 10));
		TrailRefusal refusal = assertThrows(TrailRefusal.class, () -> TrailWriter.open(log));
		assertEquals("line 2 is not terminated by a newline (a torn write or a cut)", refusal.getMessage());
		assertEquals(torn.length - 10, Files.size(log), "the refused open leaves the file as it was");
	}

	private interface Append {
		void run() throws Exception;
	}

	private static void assertRefused(Append append, String reason) {
		TrailRefusal refusal = assertThrows(TrailRefusal.class, append::run);
		assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
	}

	private static byte[] extendFromZero(String algorithm, byte[] data) throws Exception {
		return extend(algorithm, new byte[MessageDigest.getInstance(algorithm).getDigestLength()], data);
	}

	private static byte[] extend(String algorithm, byte[] old, byte[] data) throws Exception {
		MessageDigest md = MessageDigest.getInstance(algorithm);
		byte[] inner = md.digest(data);
		md.update(old);
		return md.digest(inner);
	}
}
