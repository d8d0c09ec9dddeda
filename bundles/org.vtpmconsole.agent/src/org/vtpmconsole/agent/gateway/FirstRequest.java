package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.vtpmconsole.agent.swtpm.ControlRequest;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * Reads a connection's first control request within a time limit. QEMU sends it (CMD_SET_DATAFD) as soon as its
 * disks are open; a connection that sends nothing, or only part of a request, would otherwise hold the VM's vTPM
 * for as long as it likes, so at the limit its connection is shut down, whatever it has sent.
 */
final class FirstRequest {
	private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

	private FirstRequest() {
	}

	private static ScheduledThreadPoolExecutor deadlines() {
		ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, task -> {
			Thread thread = new Thread(task, "vtpm-gateway first-request deadlines");
			thread.setDaemon(true);
			return thread;
		});
		// a deadline met is dropped at once rather than keeping its connection referenced until it would have run
		deadlines.setRemoveOnCancelPolicy(true);
		return deadlines;
	}

	/**
	 * The first request, or empty if the peer closed the connection before sending one.
	 *
	 * @throws Refusal {@link RefusalReason#SILENT_PEER} when no whole request came within {@code limit}
	 */
	static Optional<ControlRequest> read(UnixSocket connection, int pid, Duration limit) throws IOException, Refusal {
		ScheduledFuture<?> deadline = DEADLINES.schedule(connection::shutdown, limit.toMillis(), TimeUnit.MILLISECONDS);
		Optional<ControlRequest> first;
		try {
			first = ControlRequest.read(connection);
		} catch (IOException e) {
			if (deadline.cancel(false)) {
				throw e;
			}
			throw silent(pid, limit);
		}
		if (!deadline.cancel(false)) {
			// the deadline shut the connection down as (or before) the request completed: it counts as too late
			first.ifPresent(ControlRequest::closeDescriptors);
			throw silent(pid, limit);
		}
		return first;
	}

	private static Refusal silent(int pid, Duration limit) {
		return new Refusal(RefusalReason.SILENT_PEER, "process " + pid + " sent no whole control request within "
				+ limit.toMillis() + " ms; its connection is closed so that the vTPM is free for the VM's QEMU");
	}
}
