package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.stateblob.SealPurpose;
import org.vtpmconsole.agent.stateblob.SealingKey;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.agent.swtpm.ControlProtocolException;
import org.vtpmconsole.agent.swtpm.ControlRequest;
import org.vtpmconsole.agent.swtpm.ControlResponse;
import org.vtpmconsole.agent.swtpm.SwtpmProcess;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * One QEMU process on a VM's gateway socket, already known to be the VM's QEMU by its identity ({@link ConnectedPeer}).
 * The other checks wait for QEMU's first control request (within a limit, {@link FirstRequest}): QEMU connects its
 * chardev before it opens its disks, and sends its first request (CMD_SET_DATAFD) only after, so by then the image
 * must be open. Once admitted, swtpm starts with the state key and the session relays in lock step: each of QEMU's
 * control requests is read whole, checked against the {@link ControlPolicy} and forwarded, and swtpm's whole answer
 * goes back before the next request is read (CMD_SET_DATAFD gets a socket pair of the gateway's instead of QEMU's
 * descriptor). State blobs never pass in clear: those leaving swtpm are sealed, those coming in are opened only if
 * this gateway sealed them for this VM and the latest capture ({@link StateBlobRelay}). The data channel runs through
 * a {@link DataRelay}.
 */
final class GatewaySession {
	private static final long SWTPM_EXIT_MILLIS = 1_000;

	private final ILog log = ILog.of(getClass());
	private final VtpmBinding binding;
	private final UnixSocket qemuControl;
	private final ConnectedPeer peer;
	private final Duration firstRequestTimeout;
	private final Admission admission;
	private final GatewayListener listener;
	private final TpmTrafficObserver observer;
	private final Confinement swtpmConfinement;
	private volatile SwtpmProcess swtpm;
	private volatile UnixSocket swtpmControl;
	private volatile ControlRefuser refuser;
	private volatile StateBlobRelay blobs;
	private volatile DataRelay dataRelay;
	private volatile String endReason = "QEMU closed the TPM control channel";
	private final AtomicBoolean closed = new AtomicBoolean();

	GatewaySession(VtpmBinding binding, UnixSocket qemuControl, ConnectedPeer peer, Admission admission,
			GatewayListener listener, TpmTrafficObserver observer, Confinement swtpmConfinement,
			Duration firstRequestTimeout) {
		this.binding = binding;
		this.qemuControl = qemuControl;
		this.peer = peer;
		this.firstRequestTimeout = firstRequestTimeout;
		this.admission = admission;
		this.listener = listener;
		this.observer = observer;
		this.swtpmConfinement = swtpmConfinement;
	}

	/** Serves the connection until it ends; never throws. */
	void serve() {
		int pid = peer.pid();
		try {
			Optional<ControlRequest> first = FirstRequest.read(qemuControl, pid, firstRequestTimeout);
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
			relayRequests(first.get());
		} catch (Refusal silent) {
			refuse(pid, silent);
		} catch (ControlProtocolException e) {
			endReason = "malformed control request from QEMU process " + pid + ": " + e.getMessage();
		} catch (IOException e) {
			endReason = "TPM control channel failed: " + e.getMessage();
		} finally {
			close();
		}
	}

	private boolean startVtpm(int pid) {
		try (StateKey key = admission.admit(peer, binding)) {
			// the session keeps the key derived for sealing, never the state key
			SealingKey sealing = SealingKey.derive(key, binding.vm(), SealPurpose.QEMU_STATE);
			try {
				swtpm = SwtpmProcess.start(binding.stateDir(), binding.runDir(), key, swtpmConfinement);
				swtpmControl = swtpm.controlChannel();
			} catch (IOException | RuntimeException e) {
				sealing.close();
				throw e;
			}
			refuser = new ControlRefuser(binding.vm(), pid, listener, qemuControl);
			blobs = new StateBlobRelay(binding, sealing, refuser, qemuControl, swtpmControl);
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
		ControlCommand command = request.command();
		if (command != ControlCommand.GET_STATEBLOB) {
			blobs.otherRequest();
		}
		Optional<String> refused = ControlPolicy.refusal(command);
		if (refused.isPresent()) {
			request.closeDescriptors();
			refuser.refuse(command, refused.get(), ControlPolicy.REFUSED_RESULT);
			return;
		}
		switch (command) {
		case SET_DATAFD -> handOverDataChannel(request);
		case GET_STATEBLOB -> blobs.pull(request);
		case SET_STATEBLOB -> blobs.push(request);
		default -> {
			request.closeDescriptors();
			swtpmControl.write(request.bytes());
			qemuControl.write(ControlResponse.read(command, swtpmControl));
		}
		}
	}

	private void handOverDataChannel(ControlRequest request) throws IOException {
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
		qemuControl.write(ControlResponse.read(ControlCommand.SET_DATAFD, swtpmControl));
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
		peer.close();
		if (blobs != null) {
			blobs.close();
		}
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
