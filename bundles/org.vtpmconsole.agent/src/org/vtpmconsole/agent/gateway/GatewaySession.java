package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.agent.swtpm.ControlProtocolException;
import org.vtpmconsole.agent.swtpm.ControlRequest;
import org.vtpmconsole.agent.swtpm.SwtpmProcess;
import org.vtpmconsole.agent.unix.PeerCredentials;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * One QEMU process on a VM's gateway socket. The checks wait for QEMU's first control request: QEMU connects its
 * chardev before it opens its disks, and sends its first request (CMD_SET_DATAFD) only after, so by then the image
 * must be open. Once admitted, swtpm starts with the state key and the session relays: QEMU's control requests are
 * read whole and forwarded (CMD_SET_DATAFD gets a socket pair of the gateway's instead of QEMU's descriptor), swtpm's
 * responses are copied back as they come, and the data channel runs through a {@link DataRelay}.
 */
final class GatewaySession {
	private static final long SWTPM_EXIT_MILLIS = 1_000;

	private final ILog log = ILog.of(getClass());
	private final VtpmBinding binding;
	private final UnixSocket qemuControl;
	private final Admission admission;
	private final GatewayListener listener;
	private final TpmTrafficObserver observer;
	private final Confinement swtpmConfinement;
	private volatile SwtpmProcess swtpm;
	private volatile UnixSocket swtpmControl;
	private volatile DataRelay dataRelay;
	private volatile String endReason = "QEMU closed the TPM control channel";
	private final AtomicBoolean closed = new AtomicBoolean();

	GatewaySession(VtpmBinding binding, UnixSocket qemuControl, Admission admission, GatewayListener listener,
			TpmTrafficObserver observer, Confinement swtpmConfinement) {
		this.binding = binding;
		this.qemuControl = qemuControl;
		this.admission = admission;
		this.listener = listener;
		this.observer = observer;
		this.swtpmConfinement = swtpmConfinement;
	}

	/** Serves the connection until it ends; never throws. */
	void serve() {
		int pid = -1;
		try {
			PeerCredentials peer = qemuControl.peerCredentials();
			pid = peer.pid();
			Optional<ControlRequest> first = ControlRequest.read(qemuControl);
			if (first.isEmpty()) {
				endReason = "process " + pid + " disconnected before its first request";
				return;
			}
			if (!startVtpm(pid)) {
				first.get().closeDescriptors();
				return;
			}
			listener.admitted(binding.vm(), pid);
			log.info("vTPM of VM " + binding.vm() + " serves QEMU process " + pid);
			Thread responses = new Thread(this::copyResponses, "vtpm-control-responses " + binding.vm());
			responses.setDaemon(true);
			responses.start();
			relayRequests(first.get());
		} catch (ControlProtocolException e) {
			endReason = "malformed control request from QEMU process " + pid + ": " + e.getMessage();
		} catch (IOException e) {
			endReason = "TPM control channel failed: " + e.getMessage();
		} finally {
			close();
		}
	}

	private boolean startVtpm(int pid) {
		try (StateKey key = admission.admit(pid, binding)) {
			swtpm = SwtpmProcess.start(binding.stateDir(), binding.runDir(), key, swtpmConfinement);
			swtpmControl = swtpm.controlChannel();
			return true;
		} catch (Refusal refusal) {
			refuse(pid, refusal);
		} catch (IOException e) {
			refuse(pid, new Refusal(RefusalReason.VTPM_UNAVAILABLE, "the vTPM did not start: " + e.getMessage(), e));
		}
		return false;
	}

	private void refuse(int pid, Refusal refusal) {
		endReason = "refused: " + refusal.getMessage();
		log.warn("VM " + binding.vm() + ": refused QEMU process " + pid + " its vTPM (" + refusal.reason() + "): "
				+ refusal.getMessage());
		listener.refused(binding.vm(), pid, refusal);
	}

	private void relayRequests(ControlRequest first) throws IOException {
		Optional<ControlRequest> request = Optional.of(first);
		while (request.isPresent()) {
			forward(request.get());
			request = ControlRequest.read(qemuControl);
		}
	}

	private void forward(ControlRequest request) throws IOException {
		if (request.command() != ControlCommand.SET_DATAFD) {
			request.closeDescriptors();
			swtpmControl.write(request.bytes());
			return;
		}
		Optional<Integer> qemuData = request.descriptor();
		if (qemuData.isEmpty() || dataRelay != null) {
			request.closeDescriptors();
			throw new ControlProtocolException("CMD_SET_DATAFD needs exactly one descriptor, once per connection");
		}
		UnixSocket qemuEnd = UnixSocket.adopt(qemuData.get());
		UnixSocket[] pair;
		try {
			pair = UnixSocket.pair();
		} catch (IOException e) {
			qemuEnd.close();
			throw e;
		}
		try {
			swtpmControl.sendWithDescriptor(request.bytes(), pair[1].fd());
		} catch (IOException e) {
			qemuEnd.disconnect();
			pair[0].close();
			throw e;
		} finally {
			// swtpm holds its own copy now; ours would keep the channel open after swtpm exits
			pair[1].close();
		}
		DataRelay relay = new DataRelay(binding.vm(), qemuEnd, pair[0], observer);
		dataRelay = relay;
		Thread thread = new Thread(() -> {
			relay.run();
			if (!relay.endReason().startsWith("QEMU closed")) {
				endReason = relay.endReason();
				// a broken data stream cannot be resynchronised: end this VM's channel, and only this one
				qemuControl.shutdown();
			}
		}, "vtpm-data " + binding.vm());
		thread.setDaemon(true);
		thread.start();
	}

	/** swtpm's control responses go back unchanged: QEMU waits for each before it sends the next request. */
	private void copyResponses() {
		byte[] buffer = new byte[8192];
		try {
			int n;
			while ((n = swtpmControl.read(buffer, 0, buffer.length)) >= 0) {
				qemuControl.write(buffer, 0, n);
			}
		} catch (IOException e) {
			// the session is ending; serve() reports why
		} finally {
			qemuControl.shutdown();
		}
	}

	Optional<DataRelay> dataRelay() {
		return Optional.ofNullable(dataRelay);
	}

	void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		DataRelay relay = dataRelay;
		if (relay != null) {
			relay.close();
		}
		if (swtpmControl != null) {
			swtpmControl.disconnect();
		}
		qemuControl.disconnect();
		if (swtpm != null) {
			// after QEMU's CMD_SHUTDOWN swtpm exits by itself; otherwise SIGTERM, which swtpm handles cleanly
			swtpm.awaitExit(SWTPM_EXIT_MILLIS);
			swtpm.close();
		}
	}

	String endReason() {
		return endReason;
	}
}
