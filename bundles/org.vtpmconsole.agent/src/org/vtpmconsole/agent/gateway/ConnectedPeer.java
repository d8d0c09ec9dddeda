package org.vtpmconsole.agent.gateway;

import java.io.IOException;

import org.vtpmconsole.agent.unix.Pidfd;

/**
 * The process at the other end of a gateway connection, found to be the QEMU the agent started for the VM and pinned
 * by a pidfd of its own: what /proc says about its pid is about this process for as long as
 * {@link #requireUnchanged()} passes afterwards.
 */
final class ConnectedPeer implements AutoCloseable {
	private final Pidfd pidfd;
	private final ExpectedPeer expected;
	private final StartedQemu started;

	private ConnectedPeer(Pidfd pidfd, ExpectedPeer expected, StartedQemu started) {
		this.pidfd = pidfd;
		this.expected = expected;
		this.started = started;
	}

	static ConnectedPeer pin(int pid, ExpectedPeer expected, StartedQemu started) throws Refusal {
		Pidfd pidfd;
		try {
			pidfd = Pidfd.open(pid);
		} catch (IOException e) {
			throw new Refusal(RefusalReason.PEER_CHANGED, "process " + pid + " is gone: " + e.getMessage(), e);
		}
		ConnectedPeer peer = new ConnectedPeer(pidfd, expected, started);
		try {
			long startTime = new PeerProcess(pid).startTime();
			if (startTime != started.startTime()) {
				throw new Refusal(RefusalReason.PEER_CHANGED, "process " + pid + " started at tick " + startTime
						+ ", not when the agent started its QEMU (tick " + started.startTime() + ")");
			}
			return peer;
		} catch (IOException e) {
			peer.close();
			throw new Refusal(RefusalReason.PEER_CHANGED, "process " + pid + " is gone: " + e.getMessage(), e);
		} catch (Refusal refusal) {
			peer.close();
			throw refusal;
		}
	}

	int pid() {
		return (int) pidfd.pid();
	}

	/**
	 * Both the connecting process and the QEMU the agent started are still running and still the VM's: checked when
	 * the first request arrives (the connecting process may have handed its socket to a child and exited) and again
	 * after the checks of /proc (so they were about this process, not one that got its pid).
	 */
	void requireUnchanged() throws Refusal {
		boolean exited;
		try {
			exited = pidfd.hasExited();
		} catch (IOException e) {
			exited = true;
		}
		if (exited) {
			throw new Refusal(RefusalReason.PEER_CHANGED, "process " + pid()
					+ " exited after it connected; whoever holds its connection now was not started by the agent");
		}
		if (started.hasExited() || !expected.isCurrent(started)) {
			throw new Refusal(RefusalReason.PEER_CHANGED, "the QEMU process " + started.pid()
					+ " the agent started for this VM is no longer the VM's QEMU");
		}
	}

	@Override
	public void close() {
		pidfd.close();
	}
}
