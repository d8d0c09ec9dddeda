package org.vtpmconsole.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.trail.Bank;
import org.vtpmconsole.trail.EventType;
import org.vtpmconsole.trail.Extend;
import org.vtpmconsole.trail.Registers;
import org.vtpmconsole.trail.TrailExtends;
import org.vtpmconsole.trail.TrailLog;
import org.vtpmconsole.trail.TrailTime;
import org.vtpmconsole.trail.TrailWriter;
import org.vtpmconsole.verify.Check;

/**
 * A lab guest with a real trail written by org.vtpmconsole.trail's writer (created, two snapshots, an app event, a
 * rollback, between another VM's lines in the same log), attested by a real swtpm's AIK: its own lines replay to its
 * quoted registers 24-31 and it verifies; a changed register, an edited line, a line removed, another VM's line and
 * a cut-short line are each refused with the trail bundle's reason, and the VM is not verified.
 */
class TrailAttestationTest {
	private static final String ALICE = "alice@example.org";
	private static final UUID OTHER = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5");

	private static AttestationHosts hosts;
	private static VmMeasurements guest;
	private static List<String> otherLines;

	@BeforeAll
	static void start(@TempDir Path dir) throws Exception {
		hosts = new AttestationHosts();
		VmMeasurements measured = GuestVtpm.labGuest("lab application with a trail");
		UUID vm = measured.uuid();
		Path log = dir.resolve("trail.log");
		Registers after;
		try (TrailWriter writer = TrailWriter.open(log)) {
			append(writer, vm, EventType.CREATED, null, List.of());
			append(writer, OTHER, EventType.CREATED, null, List.of());
			String time = TrailTime.format(Instant.now());
			append(writer, vm, EventType.SNAPSHOT, "before-upgrade",
					TrailExtends.snapshot(time, ALICE, sha256("vTPM state one")), time);
			append(writer, OTHER, EventType.APP_EVENT, null, TrailExtends.appEventOn27(utf8("other VM's event")));
			append(writer, vm, EventType.APP_EVENT, null, TrailExtends.appEventOn31(utf8("upgrade started")));
			time = TrailTime.format(Instant.now());
			append(writer, vm, EventType.ROLLBACK, "before-upgrade",
					TrailExtends.rollback(time, ALICE, sha256("vTPM state two"), sha256("descriptor two")), time);
			after = writer.registers(vm).orElseThrow();
		}
		List<String> own = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (byte[] line : TrailLog.lines(Files.readAllBytes(log))) {
			String text = new String(line, StandardCharsets.UTF_8);
			(text.contains("\"vm\":\"" + vm + "\"") ? own : others).add(text);
		}
		otherLines = others;
		guest = withTrail(measured, sha256Bank(after), own);
	}

	@AfterAll
	static void stop() {
		hosts.close();
	}

	private static void append(TrailWriter writer, UUID vm, EventType type, String snapshot, List<Extend> extendList)
			throws Exception {
		append(writer, vm, type, snapshot, extendList, TrailTime.format(Instant.now()));
	}

	private static void append(TrailWriter writer, UUID vm, EventType type, String snapshot, List<Extend> extendList,
			String time) throws Exception {
		writer.append(vm, time, type, ALICE, Optional.ofNullable(snapshot), extendList);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] sha256(String text) {
		return TpmHash.SHA256.digest(utf8(text));
	}

	private static List<byte[]> sha256Bank(Registers registers) {
		List<byte[]> bank = new ArrayList<>();
		for (int r = Registers.FIRST; r <= Registers.LAST; r++)
			bank.add(registers.value(Bank.SHA256, r));
		return bank;
	}

	private static VmMeasurements withTrail(VmMeasurements vm, List<byte[]> trail, List<String> lines) {
		return new VmMeasurements(vm.uuid(), vm.pcrs(), trail, vm.log(), lines);
	}

	/** The VM's verification from evidence the host's AIK really quoted over these measurements. */
	private static VmVerification attest(VmMeasurements vm) throws Exception {
		byte[] nonce = AttestationHosts.nonce();
		Evidence evidence = hosts.producerA()
				.produce(new AttestationRequest(nonce, List.of(vm.uuid()), AttestationMode.PER_VM), List.of(vm));
		return hosts.verify(evidence, nonce).vms().get(0);
	}

	private static Check trailCheck(VmVerification vm) {
		return vm.checks().stream().filter(c -> c.name().equals(TrailReplay.CHECK)).findFirst().orElseThrow();
	}

	private static void assertRefused(VmMeasurements vm, String reason) throws Exception {
		VmVerification verification = attest(vm);
		Check check = trailCheck(verification);
		assertEquals(Check.Outcome.FAILED, check.outcome(), check.reason());
		assertEquals(reason, check.reason());
		assertFalse(verification.isVerified());
	}

	@Test
	void aVmWhoseOwnLinesReplayToItsQuotedRegistersVerifies() throws Exception {
		assertEquals(4, guest.trailLog().size());
		VmVerification verification = attest(guest);
		assertEquals(Check.passed(TrailReplay.CHECK, "4 trail lines replay to the reported registers 24-31 (sha256)"),
				trailCheck(verification));
		assertTrue(verification.isVerified(), verification.checks().toString());
	}

	@Test
	void aChangedTrailRegisterIsRefused() throws Exception {
		List<byte[]> trail = new ArrayList<>(guest.trail());
		byte[] reported = trail.get(29 - Registers.FIRST);
		byte[] changed = reported.clone();
		changed[0] ^= 1;
		trail.set(29 - Registers.FIRST, changed);
		HexFormat hex = HexFormat.of();
		assertRefused(withTrail(guest, trail, guest.trailLog()), "sha256 register 29 is reported as "
				+ hex.formatHex(changed) + ", the VM's 4 trail lines replay to " + hex.formatHex(reported));
	}

	@Test
	void anEditedLineIsRefused() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		// the snapshot line now says mallory took it, while its register 25 was extended with alice
		lines.set(1, lines.get(1).replace(ALICE, "mallory@example.org"));
		VmVerification verification = attest(withTrail(guest, guest.trail(), lines));
		Check check = trailCheck(verification);
		assertEquals(Check.Outcome.FAILED, check.outcome());
		assertTrue(check.reason().startsWith("trail line refused: line 2's extends do not fit its event: "),
				check.reason());
		assertFalse(verification.isVerified());
	}

	@Test
	void anEditedRegisterInALineIsRefused() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		String line = lines.get(2);
		int at = line.indexOf("\"sha256\":{\"24\":\"") + "\"sha256\":{\"24\":\"".length();
		lines.set(2, line.substring(0, at) + (line.charAt(at) == '0' ? '1' : '0') + line.substring(at + 1));
		assertRefused(withTrail(guest, guest.trail(), lines), "trail line refused: line 3's registers do not replay:"
				+ " sha256 register 24 differs from the replay of the log");
	}

	@Test
	void aRemovedSnapshotLineIsRefused() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		lines.remove(1);
		assertRefused(withTrail(guest, guest.trail(), lines), "trail line refused: line 2's registers do not replay:"
				+ " sha1 register 24 differs from the replay of the log");
	}

	@Test
	void anotherVmsLineIsRefused() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		lines.add(otherLines.get(0));
		assertRefused(withTrail(guest, guest.trail(), lines),
				"trail line refused: line 5 is of VM " + OTHER + ", not of " + guest.uuid());
	}

	/** A repeated snapshot line replays to the same registers (24-27 reset, same extends); its seq gives it away. */
	@Test
	void aRepeatedLineIsRefusedByItsSeq() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		lines.add(2, lines.get(1));
		assertRefused(withTrail(guest, guest.trail(), lines),
				"trail line refused: line 3 has seq 3, not after the seq 3 of the line before it (a line repeated or"
						+ " moved)");
	}

	@Test
	void aLineCutShortIsRefusedWithTheParsersReason() throws Exception {
		List<String> lines = new ArrayList<>(guest.trailLog());
		lines.set(3, lines.get(3).substring(0, lines.get(3).length() - 1));
		VmVerification verification = attest(withTrail(guest, guest.trail(), lines));
		Check check = trailCheck(verification);
		assertEquals(Check.Outcome.FAILED, check.outcome());
		assertTrue(check.reason().startsWith("trail line refused: line 4 is malformed: "), check.reason());
		assertFalse(verification.isVerified());
	}
}
