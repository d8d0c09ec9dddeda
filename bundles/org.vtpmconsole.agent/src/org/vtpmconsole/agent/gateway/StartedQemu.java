package org.vtpmconsole.agent.gateway;

import java.io.IOException;

import org.vtpmconsole.agent.unix.Pidfd;

/**
 * The QEMU process the agent started for a VM, pinned when it started: its pidfd (which never names a later process
 * with the same pid), the uid it was started to run as and its start time (/proc/PID/stat field 22), and when the
 * agent announced the start, so that a connection accepted before that cannot be this process's.
 */
final class StartedQemu implements AutoCloseable {
	private final Pidfd pidfd;
	private final int uid;
	private final long startTime;
	private final long announcedNanos;

	private StartedQemu(Pidfd pidfd, int uid, long startTime, long announcedNanos) {
		this.pidfd = pidfd;
		this.uid = uid;
		this.startTime = startTime;
		this.announcedNanos = announcedNanos;
	}

	/** Pins the process with this pid; call it while the process is the agent's unreaped child. */
	static StartedQemu pin(long pid, int uid, long announcedNanos) throws IOException {
		Pidfd pidfd = Pidfd.open(pid);
		try {
			long startTime = new PeerProcess(pid).startTime();
			if (pidfd.hasExited()) {
				throw new IOException("QEMU process " + pid + " exited as it started");
			}
			return new StartedQemu(pidfd, uid, startTime, announcedNanos);
		} catch (IOException | RuntimeException e) {
			pidfd.close();
			throw e;
		}
	}

	long pid() {
		return pidfd.pid();
	}

	int uid() {
		return uid;
	}

	long startTime() {
		return startTime;
	}

	long announcedNanos() {
		return announcedNanos;
	}

	/** Fail closed: a process whose descriptor cannot be polled counts as gone. */
	boolean hasExited() {
		try {
			return pidfd.hasExited();
		} catch (IOException e) {
			return true;
		}
	}

	@Override
	public void close() {
		pidfd.close();
	}
}
