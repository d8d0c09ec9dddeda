package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.agent.unix.PeerCredentials;
import org.vtpmconsole.agent.unix.UnixServerSocket;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.HostLabels;

/**
 * The vTPM gateway of one VM (ARCHITECTURE principle 4): the socket QEMU's {@code -tpmdev emulator} connects to.
 * It serves only the QEMU process the agent started for the VM ({@link #expectQemu}, {@link #qemuStarted}), judged on
 * every connection, also while that QEMU is served; the VM's own QEMU connecting a second time is refused
 * ({@link RefusalReason#BUSY}), since swtpm serves one client. A connection that sends nothing within the first-request
 * limit is closed ({@link RefusalReason#SILENT_PEER}). While a QEMU is served, {@link #transact} puts the agent's own
 * commands on the vTPM's data channel between the guest's.
 */
public final class VtpmGateway implements TpmCommandChannel, AutoCloseable {
	private static final long IDLE_POLL_MILLIS = 10;
	/** a failing accept(2) is retried after this pause, so a lasting failure does not spin */
	private static final long ACCEPT_RETRY_MILLIS = 100;
	/** How long a connection waits for the pid of a QEMU the agent announced (above QemuProcess's QMP wait). */
	private static final long START_WAIT_MILLIS = 30_000;
	/** The default limit for a connection's first control request; QEMU sends it within milliseconds. */
	public static final Duration DEFAULT_FIRST_REQUEST_TIMEOUT = Duration.ofSeconds(5);

	private final ILog log = ILog.of(getClass());
	private final VtpmBinding binding;
	private final Admission admission;
	private final GatewayListener listener;
	private final TpmTrafficObserver observer;
	private final Confinement swtpm;
	private final UnixServerSocket server;
	private final AtomicReference<GatewaySession> active = new AtomicReference<>();
	private final ExpectedPeer expected;
	private final Duration firstRequestTimeout;
	private final Thread acceptor;

	private VtpmGateway(VtpmBinding binding, Admission admission, GatewayListener listener,
			TpmTrafficObserver observer, Confinement swtpm, UnixServerSocket server, Duration firstRequestTimeout) {
		this.binding = binding;
		this.admission = admission;
		this.listener = listener;
		this.observer = observer;
		this.swtpm = swtpm;
		this.server = server;
		this.firstRequestTimeout = firstRequestTimeout;
		this.expected = new ExpectedPeer(binding.vm(), START_WAIT_MILLIS);
		this.acceptor = new Thread(this::acceptLoop, "vtpm-gateway " + binding.vm());
		acceptor.setDaemon(true);
	}

	/**
	 * Opens the VM's gateway socket and starts accepting connections; until {@link #qemuStarted} names the VM's QEMU,
	 * every one is refused. The socket is handed to the VM's QEMU uid (mode 0600), so no other VM's QEMU can even
	 * connect; the run directory must be one only the agent writes.
	 *
	 * @param qemu                how the VM's QEMU runs: the uid the socket is handed to
	 * @param swtpm               how the vTPM's swtpm is started for an admitted QEMU
	 * @param firstRequestTimeout how long a connection may stay silent before it is closed
	 */
	public static VtpmGateway open(VtpmBinding binding, HostLabels labels, List<byte[]> approvedQemuDigests,
			GatewayListener listener, TpmTrafficObserver observer, Confinement qemu, Confinement swtpm,
			Duration firstRequestTimeout) throws IOException {
		java.nio.file.Files.createDirectories(binding.runDir());
		UnixServerSocket server = UnixServerSocket.bind(binding.gatewaySocket());
		try {
			qemu.ownFile(binding.gatewaySocket());
		} catch (IOException | RuntimeException e) {
			server.close();
			throw e;
		}
		VtpmGateway gateway = new VtpmGateway(binding, new Admission(labels, approvedQemuDigests), listener, observer,
				swtpm, server, firstRequestTimeout);
		gateway.acceptor.start();
		return gateway;
	}

	public VtpmBinding binding() {
		return binding;
	}

	/**
	 * The agent is about to start the VM's QEMU: connections accepted from now on wait (QEMU connects its chardev
	 * early, maybe before its pid is known here) until {@link #qemuStarted} or {@link #noQemu}.
	 */
	public void expectQemu() {
		expected.starting();
	}

	/**
	 * The QEMU the agent started (or adopted) for the VM: pid, pinned by a pidfd here, and the uid it was started to
	 * run as. Only that process is served from now on.
	 *
	 * @throws IOException when the process is gone already; then nothing is served
	 */
	public void qemuStarted(long pid, int uid) throws IOException {
		expected.started(pid, uid);
	}

	/** No QEMU of the agent's runs for the VM (stopped, or its start failed): every connection is refused. */
	public void noQemu() {
		expected.none();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			UnixSocket connection;
			try {
				connection = server.accept();
			} catch (IOException e) {
				if (server.isClosed()) {
					return;
				}
				// accept(2) also reports the errors of one pending connection (ECONNABORTED, EMFILE, ENOBUFS ...):
				// giving up here would leave the VM without its vTPM until the agent restarts
				log.error("VM " + binding.vm() + ": the vTPM gateway could not accept a connection: " + e.getMessage(), e);
				pauseAfterAcceptError();
				continue;
			}
			long acceptedNanos = System.nanoTime();
			Thread thread = new Thread(() -> admitAndServe(connection, acceptedNanos), "vtpm-control " + binding.vm());
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void pauseAfterAcceptError() {
		try {
			Thread.sleep(ACCEPT_RETRY_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			server.close();
		}
	}

	/** Who connected is judged first, on every connection: only then may it take the vTPM (or find it busy). */
	private void admitAndServe(UnixSocket connection, long acceptedNanos) {
		int pid = -1;
		ConnectedPeer peer;
		try {
			PeerCredentials credentials = connection.peerCredentials();
			pid = credentials.pid();
			peer = expected.identify(credentials, acceptedNanos);
		} catch (Refusal refusal) {
			refuse(connection, pid, refusal);
			return;
		} catch (IOException e) {
			refuse(connection, pid, new Refusal(RefusalReason.PEER_UNREADABLE, "the connection has no peer credentials: "
					+ e.getMessage(), e));
			return;
		}
		GatewaySession session = new GatewaySession(binding, connection, peer, admission, listener, observer, swtpm,
				firstRequestTimeout);
		if (!active.compareAndSet(null, session)) {
			peer.close();
			refuse(connection, pid, new Refusal(RefusalReason.BUSY, "the vTPM of VM " + binding.vm()
					+ " already serves its QEMU process"));
			return;
		}
		try {
			session.serve();
		} finally {
			active.compareAndSet(session, null);
			log.info("VM " + binding.vm() + ": vTPM channel ended: " + session.endReason());
			listener.closed(binding.vm(), session.endReason());
		}
	}

	private void refuse(UnixSocket connection, int pid, Refusal refusal) {
		connection.disconnect();
		log.warn("VM " + binding.vm() + ": refused process " + pid + " (" + refusal.reason() + "): "
				+ refusal.getMessage());
		listener.refused(binding.vm(), pid, refusal);
	}

	/** Whether a QEMU process is being served and has handed over its data channel. */
	public boolean isServing() {
		GatewaySession session = active.get();
		return session != null && session.dataRelay().isPresent();
	}

	/**
	 * Waits until no QEMU is served any more (after QEMU exits the session still stops swtpm), so that the next QEMU
	 * is not refused as {@link RefusalReason#BUSY}; false if one still is after {@code millis}.
	 */
	public boolean awaitIdle(long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (active.get() != null) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			Thread.sleep(IDLE_POLL_MILLIS);
		}
		return true;
	}

	/** Sends a command to the running vTPM between the guest's commands; the guest never sees it. */
	@Override
	public TpmFrame transact(TpmFrame command) throws IOException {
		Optional<DataRelay> relay = Optional.ofNullable(active.get()).flatMap(GatewaySession::dataRelay);
		if (relay.isEmpty()) {
			throw new IOException("the vTPM of VM " + binding.vm() + " is not running (no QEMU is attached)");
		}
		return relay.get().transact(command);
	}

	/** Stops accepting and ends the session being served (its swtpm stops). */
	@Override
	public void close() {
		server.close();
		expected.none();
		GatewaySession session = active.get();
		if (session != null) {
			session.close();
		}
		try {
			acceptor.join(2_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
