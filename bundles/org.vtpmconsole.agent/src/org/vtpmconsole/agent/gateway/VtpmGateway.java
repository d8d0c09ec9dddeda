package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.agent.unix.UnixServerSocket;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.HostLabels;

/**
 * The vTPM gateway of one VM (ARCHITECTURE principle 4): the socket QEMU's {@code -tpmdev emulator} connects to.
 * It serves one QEMU process at a time; a second one while the first is served is refused ({@link RefusalReason#BUSY}),
 * since swtpm serves one client. While a QEMU is served, {@link #transact} puts the agent's own commands on the
 * vTPM's data channel between the guest's.
 */
public final class VtpmGateway implements TpmCommandChannel, AutoCloseable {
	private static final long IDLE_POLL_MILLIS = 10;

	private final ILog log = ILog.of(getClass());
	private final VtpmBinding binding;
	private final Admission admission;
	private final GatewayListener listener;
	private final TpmTrafficObserver observer;
	private final Confinement swtpm;
	private final UnixServerSocket server;
	private final AtomicReference<GatewaySession> active = new AtomicReference<>();
	private final Thread acceptor;

	private VtpmGateway(VtpmBinding binding, Admission admission, GatewayListener listener,
			TpmTrafficObserver observer, Confinement swtpm, UnixServerSocket server) {
		this.binding = binding;
		this.admission = admission;
		this.listener = listener;
		this.observer = observer;
		this.swtpm = swtpm;
		this.server = server;
		this.acceptor = new Thread(this::acceptLoop, "vtpm-gateway " + binding.vm());
		acceptor.setDaemon(true);
	}

	/**
	 * Opens the VM's gateway socket and starts accepting QEMU connections. The socket is handed to the VM's QEMU uid
	 * (mode 0600), so no other VM's QEMU can connect; the run directory must be one only the agent writes.
	 *
	 * @param qemu  how the VM's QEMU runs: the uid the socket is handed to
	 * @param swtpm how the vTPM's swtpm is started for an admitted QEMU
	 */
	public static VtpmGateway open(VtpmBinding binding, HostLabels labels, List<byte[]> approvedQemuDigests,
			GatewayListener listener, TpmTrafficObserver observer, Confinement qemu, Confinement swtpm)
			throws IOException {
		java.nio.file.Files.createDirectories(binding.runDir());
		UnixServerSocket server = UnixServerSocket.bind(binding.gatewaySocket());
		try {
			qemu.ownFile(binding.gatewaySocket());
		} catch (IOException | RuntimeException e) {
			server.close();
			throw e;
		}
		VtpmGateway gateway = new VtpmGateway(binding, new Admission(labels, approvedQemuDigests), listener, observer,
				swtpm, server);
		gateway.acceptor.start();
		return gateway;
	}

	public VtpmBinding binding() {
		return binding;
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			UnixSocket connection;
			try {
				connection = server.accept();
			} catch (IOException e) {
				if (!server.isClosed()) {
					log.error("VM " + binding.vm() + ": the vTPM gateway stops accepting: " + e.getMessage(), e);
				}
				return;
			}
			GatewaySession session = new GatewaySession(binding, connection, admission, listener, observer, swtpm);
			if (!active.compareAndSet(null, session)) {
				refuseBusy(connection);
				continue;
			}
			Thread thread = new Thread(() -> {
				try {
					session.serve();
				} finally {
					active.compareAndSet(session, null);
					log.info("VM " + binding.vm() + ": vTPM channel ended: " + session.endReason());
					listener.closed(binding.vm(), session.endReason());
				}
			}, "vtpm-control " + binding.vm());
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void refuseBusy(UnixSocket connection) {
		int pid = -1;
		try {
			pid = connection.peerCredentials().pid();
		} catch (IOException e) {
			// the refusal stands without a PID
		} finally {
			connection.disconnect();
		}
		Refusal refusal = new Refusal(RefusalReason.BUSY, "the vTPM of VM " + binding.vm()
				+ " already serves another QEMU process");
		log.warn("VM " + binding.vm() + ": refused process " + pid + ": " + refusal.getMessage());
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
