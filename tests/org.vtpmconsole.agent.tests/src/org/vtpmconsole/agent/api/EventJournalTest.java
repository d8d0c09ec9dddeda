package org.vtpmconsole.agent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.gateway.Refusal;
import org.vtpmconsole.agent.gateway.RefusalReason;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;

class EventJournalTest {
	@TempDir
	Path dir;

	private final EventJournal journal = new EventJournal(Clock.systemUTC());
	private final UUID vm = UUID.randomUUID();

	@Test
	void aWaitingReaderIsAnsweredByTheNextEvent() throws Exception {
		CompletableFuture<EventList> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return journal.after(0, Duration.ofSeconds(20));
			} catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
		Thread.sleep(100);
		assertFalse(waiting.isDone(), "nothing to tell yet");
		journal.refused(vm, 42, new Refusal(RefusalReason.UUID_MISMATCH, "QEMU's -uuid is another VM's"));
		EventList events = waiting.get(5, TimeUnit.SECONDS);
		AgentEvent refused = events.events().get(0);
		assertEquals("vtpm.refused", refused.type());
		assertEquals("UUID_MISMATCH", refused.reason());
		assertEquals(vm.toString(), refused.vm());
		assertEquals(1, events.next());
		assertEquals(0, journal.after(1, Duration.ZERO).events().size(), "nothing after the newest");
	}

	@Test
	void refusedStateBlobsAndControlCommandsAreEventsWithTheirKind() throws Exception {
		journal.blobRefused(vm, 7, new BlobRefusal(BlobRefusal.Kind.NOT_FRESH, "the PERMANENT blob is authentic, but "
				+ "it is from capture 1, older than the VM's latest capture 2"));
		journal.commandRefused(vm, 7, ControlCommand.HASH_START, "QEMU 7.2 never sends it");
		List<AgentEvent> events = journal.after(0, Duration.ZERO).events();
		assertEquals(List.of("vtpm.blob_refused", "vtpm.command_refused"), events.stream().map(AgentEvent::type).toList());
		assertEquals(List.of("NOT_FRESH", "HASH_START"), events.stream().map(AgentEvent::reason).toList());
		assertTrue(events.get(0).detail().startsWith("QEMU process 7: the PERMANENT blob"), events.get(0).detail());
	}

	@Test
	void eventsSurviveARestartAndSequenceNumbersKeepIncreasing() throws Exception {
		Path file = dir.resolve("events.jsonl");
		EventJournal before = new EventJournal(Clock.systemUTC(), file);
		before.record("vm.created", vm, null, "disk 16M");
		before.record("vm.started", vm, null, "QEMU started");
		long seen = before.after(0, Duration.ZERO).events().get(0).seq();

		EventJournal after = new EventJournal(Clock.systemUTC(), file);
		after.record("vm.stopped", vm, null, "QEMU quit");
		EventList sinceSeen = after.after(seen, Duration.ZERO);
		assertEquals(List.of(2L, 3L), sinceSeen.events().stream().map(AgentEvent::seq).toList());
		assertEquals(List.of("vm.started", "vm.stopped"), sinceSeen.events().stream().map(AgentEvent::type).toList());
		assertFalse(sinceSeen.missed(), "a cursor from before the restart is still good");
		assertEquals(3, sinceSeen.next());
		assertTrue(after.after(99, Duration.ZERO).missed(), "a cursor beyond the newest event comes from elsewhere");
	}

	@Test
	void aDamagedLineIsSkippedAndReportedAsMissed() throws Exception {
		Path file = dir.resolve("events.jsonl");
		EventJournal before = new EventJournal(Clock.systemUTC(), file);
		for (int i = 0; i < 3; i++) {
			before.record("vm.started", vm, null, "start " + i);
		}
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		lines.set(1, lines.get(1).substring(0, 20));
		lines.add("{\"seq\":1,\"time\":\"x\",\"type\":\"vm.started\",\"vm\":\"" + vm + "\",\"reason\":null,\"detail\":\"replayed\"}");
		Files.write(file, lines);

		EventJournal after = new EventJournal(Clock.systemUTC(), file);
		EventList all = after.after(0, Duration.ZERO);
		assertEquals(List.of(1L, 3L), all.events().stream().map(AgentEvent::seq).toList(),
				"the torn line and the line going back in sequence are skipped");
		assertTrue(all.missed(), "event 2 is gone");
		after.record("vm.stopped", vm, null, "QEMU quit");
		assertEquals(4, after.after(3, Duration.ZERO).events().get(0).seq());
	}

	@Test
	void theFileIsTrimmedToTheNewestEvents() throws Exception {
		Path file = dir.resolve("events.jsonl");
		EventJournal journal = new EventJournal(Clock.systemUTC(), file);
		int total = 5 * EventJournal.CAPACITY + 7;
		for (int i = 0; i < total; i++) {
			journal.record("vm.started", vm, null, "start " + i);
			if (i % 50 == 0) {
				assertTrue(Files.readAllLines(file).size() <= 2 * EventJournal.CAPACITY);
			}
		}
		EventList reloaded = new EventJournal(Clock.systemUTC(), file).after(0, Duration.ZERO);
		assertEquals(EventJournal.CAPACITY, reloaded.events().size());
		assertEquals(total, reloaded.next());
		assertEquals(total - EventJournal.CAPACITY + 1, reloaded.events().get(0).seq());
		assertTrue(reloaded.missed());
	}

	@Test
	void onlyTheNewestAreKeptAndAReaderIsToldItMissedSome() throws Exception {
		for (int i = 0; i < EventJournal.CAPACITY + 5; i++) {
			journal.record("vm.started", vm, null, "start " + i);
		}
		EventList fromStart = journal.after(0, Duration.ZERO);
		assertEquals(EventJournal.CAPACITY, fromStart.events().size());
		assertTrue(fromStart.missed());
		assertEquals(6, fromStart.events().get(0).seq());
		assertFalse(journal.after(10, Duration.ZERO).missed());
		EventList beforeRestart = journal.after(5_000, Duration.ZERO);
		assertTrue(beforeRestart.missed(), "a cursor from before an agent restart");
		assertEquals(EventJournal.CAPACITY, beforeRestart.events().size());
	}
}
