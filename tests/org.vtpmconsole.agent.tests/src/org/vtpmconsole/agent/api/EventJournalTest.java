package org.vtpmconsole.agent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.agent.gateway.Refusal;
import org.vtpmconsole.agent.gateway.RefusalReason;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;

class EventJournalTest {
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
