package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.util.UUID;

import org.vtpmconsole.agent.unix.PeerCredentials;

/**
 * Which process a VM's gateway may serve: none (the VM is stopped, or the agent restarted and adopted no QEMU), the
 * one the agent is starting (connections wait until its pid is known, since QEMU connects its chardev early), or the
 * one it started. Every connection is judged against it, also while another is served.
 */
final class ExpectedPeer {
	private final UUID vm;
	private final long startWaitMillis;
	private boolean starting;
	private long announcedNanos;
	private StartedQemu started;

	ExpectedPeer(UUID vm, long startWaitMillis) {
		this.vm = vm;
		this.startWaitMillis = startWaitMillis;
	}

	/** The agent is about to start the VM's QEMU; until {@link #started} or {@link #none}, connections wait. */
	synchronized void starting() {
		clear();
		starting = true;
		announcedNanos = System.nanoTime();
		notifyAll();
	}

	/** The agent started the VM's QEMU with this pid, to run as {@code uid}; from now on only it is served. */
	synchronized void started(long pid, int uid) throws IOException {
		long announced = starting ? announcedNanos : System.nanoTime();
		clear();
		try {
			started = StartedQemu.pin(pid, uid, announced);
		} finally {
			notifyAll();
		}
	}

	/** No QEMU of the agent's runs for the VM: every connection is refused. */
	synchronized void none() {
		clear();
		notifyAll();
	}

	private void clear() {
		starting = false;
		if (started != null) {
			started.close();
			started = null;
		}
	}

	/**
	 * The connection's process pinned by its own pidfd if it is the QEMU the agent started for this VM.
	 *
	 * @param acceptedNanos when the connection was accepted ({@link System#nanoTime()})
	 */
	synchronized ConnectedPeer identify(PeerCredentials credentials, long acceptedNanos) throws Refusal {
		awaitStart();
		int pid = credentials.pid();
		if (started == null) {
			throw new Refusal(RefusalReason.NOT_STARTED_BY_AGENT, "process " + pid
					+ " is not a QEMU the agent started: no QEMU of the agent's runs for VM " + vm);
		}
		if (acceptedNanos < started.announcedNanos()) {
			throw new Refusal(RefusalReason.NOT_STARTED_BY_AGENT, "process " + pid
					+ " connected before the agent started the QEMU of VM " + vm);
		}
		if (pid != started.pid()) {
			throw new Refusal(RefusalReason.NOT_STARTED_BY_AGENT, "process " + pid
					+ " is not the QEMU process " + started.pid() + " the agent started for VM " + vm);
		}
		if (credentials.uid() != started.uid()) {
			throw new Refusal(RefusalReason.WRONG_UID, "process " + pid + " connected as uid " + credentials.uid()
					+ "; the QEMU of VM " + vm + " runs as uid " + started.uid());
		}
		ConnectedPeer peer = ConnectedPeer.pin(pid, this, started);
		try {
			peer.requireUnchanged();
			return peer;
		} catch (Refusal refusal) {
			peer.close();
			throw refusal;
		}
	}

	/** Whether {@code qemu} is still the process the agent says runs for the VM. */
	synchronized boolean isCurrent(StartedQemu qemu) {
		return started == qemu;
	}

	private void awaitStart() throws Refusal {
		long deadline = System.nanoTime() + startWaitMillis * 1_000_000;
		try {
			while (starting) {
				long left = (deadline - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					throw new Refusal(RefusalReason.NOT_STARTED_BY_AGENT, "the agent announced a QEMU for VM " + vm
							+ " but did not name its process within " + startWaitMillis + " ms");
				}
				wait(left);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Refusal(RefusalReason.NOT_STARTED_BY_AGENT, "interrupted while waiting for the QEMU of VM "
					+ vm + " to start", e);
		}
	}
}
