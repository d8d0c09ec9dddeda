package org.vtpmconsole.agent.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.vtpmconsole.agent.gateway.GatewayListener;
import org.vtpmconsole.agent.gateway.Refusal;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;

/**
 * The agent's recent events for {@code GET /v1/events}: VM state changes from the API and what the vTPM gateways
 * see (admissions, refusals with their reason, closed channels). Holds the newest {@link #CAPACITY} in memory;
 * a reader waits (long poll) until there is something after the event it saw last.
 */
public final class EventJournal implements GatewayListener {
	public static final int CAPACITY = 1000;

	private final Clock clock;
	private final Deque<AgentEvent> events = new ArrayDeque<>();
	private long lastSeq;

	public EventJournal(Clock clock) {
		this.clock = clock;
	}

	public synchronized void record(String type, UUID vm, String reason, String detail) {
		events.addLast(new AgentEvent(++lastSeq, clock.instant().toString(), type, vm.toString(), reason, detail));
		if (events.size() > CAPACITY) {
			events.removeFirst();
		}
		notifyAll();
	}

	/**
	 * The events after {@code after}, waiting up to {@code wait} for one. A cursor beyond the newest event comes from
	 * before an agent restart: that reader gets everything held, marked as having missed some.
	 */
	public synchronized EventList after(long after, Duration wait) throws InterruptedException {
		long cursor = after > lastSeq ? 0 : after;
		long deadline = System.nanoTime() + wait.toNanos();
		for (long left = wait.toNanos(); lastSeq <= cursor && left > 0; left = deadline - System.nanoTime()) {
			wait(Math.max(1, left / 1_000_000));
		}
		List<AgentEvent> newer = events.stream().filter(event -> event.seq() > cursor).toList();
		boolean missed = after > lastSeq || (!events.isEmpty() && events.getFirst().seq() > cursor + 1);
		return new EventList(newer, Math.max(cursor, lastSeq), missed);
	}

	@Override
	public void admitted(UUID vm, int pid) {
		record("vtpm.admitted", vm, null, "QEMU process " + pid + " passed every check; its vTPM runs");
	}

	@Override
	public void refused(UUID vm, int pid, Refusal refusal) {
		record("vtpm.refused", vm, refusal.reason().name(), "process " + pid + ": " + refusal.getMessage());
	}

	@Override
	public void closed(UUID vm, String why) {
		record("vtpm.closed", vm, null, why);
	}
}
