package org.vtpmconsole.trail;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prints replay speed in events/s for a generated log of EVENTS events over 64 VMs (per VM: created, then snapshots,
 * application events on 27 and 31, rollbacks to an earlier snapshot, in a fixed mix). Two figures: the replay of
 * parsed events with the comparison of every line's registers (SPEC §8.1 "replay"), and the whole check of the log's
 * bytes (strict parse, prev chain, seq, replay, fold). Without OSGi: releng/bench-trail.sh [EVENTS].
 */
public final class TrailBench {
	private static final int VMS = 64;

	private TrailBench() {
	}

	public static void main(String[] args) throws Exception {
		int events = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
		List<TrailEvent> parsed = new ArrayList<>(events);
		byte[] log = generate(events, parsed);
		System.out.printf("log: %d events, %d VMs, %.1f MB, %.0f bytes/line%n", events, VMS, log.length / 1e6,
				(double) log.length / events);
		// a shared machine's wall clock undercounts; the thread's CPU time says what one core does
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 3; round++) {
			long wall = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			long checked = replay(parsed);
			double replayWall = (System.nanoTime() - wall) / 1e9;
			double replayCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			wall = System.nanoTime();
			cpu = threads.getCurrentThreadCpuTime();
			TrailLogChecker checker = TrailLog.check(log);
			double checkWall = (System.nanoTime() - wall) / 1e9;
			double checkCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			System.out.printf("round %d: replay %,.0f events/s (%,.0f per CPU second); whole check of the bytes %,.0f"
					+ " events/s (%,.0f per CPU second); fold %s%n", round, checked / replayWall, checked / replayCpu,
					checker.lineCount() / checkWall, checker.lineCount() / checkCpu, Hex.of(checker.fold()).substring(0, 16));
		}
	}

	private static long replay(List<TrailEvent> events) throws Exception {
		TrailReplay replay = new TrailReplay();
		long compared = 0;
		for (TrailEvent event : events) {
			if (replay.apply(event).firstDifference(event.registers()) != null)
				throw new IllegalStateException("line " + event.seq() + " does not replay");
			compared++;
		}
		return compared;
	}

	private static byte[] generate(int events, List<TrailEvent> parsed) throws Exception {
		TrailReplay replay = new TrailReplay();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		ByteArrayOutputStream out = new ByteArrayOutputStream(events * 1400);
		UUID[] vms = new UUID[VMS];
		int[] snapshots = new int[VMS];
		byte[] prev = new byte[32];
		Instant start = Instant.parse("2026-11-22T10:15:30.123Z");
		for (int seq = 1; seq <= events; seq++) {
			int vm = (seq - 1) % VMS;
			int round = (seq - 1) / VMS;
			String time = TrailTime.format(start.plusMillis(seq * 37L));
			String user = "CN=operator-" + (seq % 5) + ",O=fleet";
			EventType type;
			Optional<String> snapshot = Optional.empty();
			List<Extend> extendList;
			byte[] state = sha256.digest(("state " + seq).getBytes(StandardCharsets.UTF_8));
			if (round == 0) {
				vms[vm] = new UUID(0x6f1c2a3b00004000L, 0x8000000000000000L | vm);
				type = EventType.CREATED;
				extendList = List.of();
			} else if (round % 5 == 1 || round % 5 == 3 || snapshots[vm] == 0) {
				type = EventType.SNAPSHOT;
				snapshot = Optional.of("S" + ++snapshots[vm]);
				extendList = TrailExtends.snapshot(time, user, state);
			} else if (round % 5 == 2) {
				type = EventType.APP_EVENT;
				extendList = TrailExtends.appEventOn27(("counter " + seq).getBytes(StandardCharsets.UTF_8));
			} else if (round % 5 == 4) {
				type = EventType.APP_EVENT;
				extendList = TrailExtends.appEventOn31(("event " + seq).getBytes(StandardCharsets.UTF_8));
			} else {
				type = EventType.ROLLBACK;
				snapshot = Optional.of("S" + (1 + seq % snapshots[vm]));
				extendList = TrailExtends.rollback(time, user, state, sha256.digest(state));
			}
			Registers registers = replay.apply(vms[vm], type, snapshot, extendList);
			TrailEvent event = new TrailEvent(seq, vms[vm], time, type, user, snapshot, extendList, registers, prev);
			byte[] line = TrailLines.write(event);
			out.write(line);
			out.write('\n');
			prev = sha256.digest(line);
			parsed.add(event);
		}
		return out.toByteArray();
	}
}
