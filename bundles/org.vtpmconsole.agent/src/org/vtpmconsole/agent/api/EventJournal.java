package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.agent.gateway.GatewayListener;
import org.vtpmconsole.agent.gateway.Refusal;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;

/**
 * The agent's recent events for {@code GET /v1/events}: VM state changes from the API and what the vTPM gateways
 * see (admissions, refusals with their reason, refused control commands and state blobs, closed channels). Holds the newest {@link #CAPACITY} in memory, and
 * on disk too for a serving agent ({@link EventFile}); a reader waits (long poll) until there is something after the
 * event it saw last.
 */
public final class EventJournal implements GatewayListener {
	public static final int CAPACITY = 1000;

	private final Clock clock;
	private final Deque<AgentEvent> events = new ArrayDeque<>();
	private final Optional<EventFile> file;
	private long lastSeq;

	/** A journal in memory only. */
	public EventJournal(Clock clock) {
		this.clock = clock;
		this.file = Optional.empty();
	}

	/**
	 * A journal kept in {@code file} as well, read back first, so sequence numbers keep increasing across agent
	 * restarts and a reader's cursor from before a restart stays valid.
	 */
	public EventJournal(Clock clock, Path file) throws IOException {
		this.clock = clock;
		this.file = Optional.of(EventFile.open(file, CAPACITY, events));
		this.lastSeq = events.isEmpty() ? 0 : events.getLast().seq();
	}

	public synchronized void record(String type, UUID vm, String reason, String detail) {
		AgentEvent event = new AgentEvent(++lastSeq, clock.instant().toString(), type, vm.toString(), reason, detail);
		events.addLast(event);
		if (events.size() > CAPACITY) {
			events.removeFirst();
		}
		file.ifPresent(onDisk -> onDisk.append(event, events));
		notifyAll();
	}

	/**
	 * The events after {@code after}, waiting up to {@code wait} for one. They are marked as having missed some when
	 * events after the cursor are no longer held (dropped as old, or a damaged line of the file), and when the cursor
	 * is beyond the newest event (it comes from an agent whose state was reset): that reader gets everything held.
	 */
	public synchronized EventList after(long after, Duration wait) throws InterruptedException {
		long cursor = after > lastSeq ? 0 : after;
		long deadline = System.nanoTime() + wait.toNanos();
		for (long left = wait.toNanos(); lastSeq <= cursor && left > 0; left = deadline - System.nanoTime()) {
			wait(Math.max(1, left / 1_000_000));
		}
		List<AgentEvent> newer = events.stream().filter(event -> event.seq() > cursor).toList();
		// sequence numbers only increase, so the events after the cursor are complete when they are as many as the gap
		boolean missed = after != cursor || (!newer.isEmpty() && newer.get(newer.size() - 1).seq() - cursor != newer.size());
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
	public void blobRefused(UUID vm, int pid, BlobRefusal refusal) {
		record("vtpm.blob_refused", vm, refusal.kind().name(), "QEMU process " + pid + ": " + refusal.getMessage());
	}

	@Override
	public void commandRefused(UUID vm, int pid, ControlCommand command, String why) {
		record("vtpm.command_refused", vm, command.name(), "QEMU process " + pid + ": " + why);
	}

	@Override
	public void closed(UUID vm, String why) {
		record("vtpm.closed", vm, null, why);
	}
}
