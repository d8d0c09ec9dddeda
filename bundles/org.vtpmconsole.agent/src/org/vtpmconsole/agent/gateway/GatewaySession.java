package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.stateblob.CaptureEpochs;
import org.vtpmconsole.agent.stateblob.FreshnessPolicy;
import org.vtpmconsole.agent.stateblob.SealPurpose;
import org.vtpmconsole.agent.stateblob.SealedBlob;
import org.vtpmconsole.agent.stateblob.SealingKey;
import org.vtpmconsole.agent.stateblob.StateBlobGuard;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.agent.swtpm.ControlProtocolException;
import org.vtpmconsole.agent.swtpm.ControlRequest;
import org.vtpmconsole.agent.swtpm.ControlResponse;
import org.vtpmconsole.agent.swtpm.StateBlob;
import org.vtpmconsole.agent.swtpm.SwtpmControl;
import org.vtpmconsole.agent.swtpm.SwtpmProcess;
import org.vtpmconsole.agent.swtpm.SwtpmResultException;
import org.vtpmconsole.agent.unix.PeerCredentials;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * One QEMU process on a VM's gateway socket. The checks wait for QEMU's first control request: QEMU connects its
 * chardev before it opens its disks, and sends its first request (CMD_SET_DATAFD) only after, so by then the image
 * must be open. Once admitted, swtpm starts with the state key and the session relays in lock step: each of QEMU's
 * control requests is read whole, checked against the {@link ControlPolicy} and forwarded, and swtpm's whole answer
 * goes back before the next request is read (CMD_SET_DATAFD gets a socket pair of the gateway's instead of QEMU's
 * descriptor). State blobs never pass in clear: those leaving swtpm are sealed, those coming in are opened only if
 * this gateway sealed them for this VM and the latest capture ({@link StateBlobGuard}). The data channel runs through
 * a {@link DataRelay}.
 */
final class GatewaySession {
	private static final long SWTPM_EXIT_MILLIS = 1_000;
	/** TPM_BAD_PARAMETER and TPM_DECRYPT_ERROR, what QEMU is told for a refused state blob. */
	private static final int BAD_PARAMETER = 0x03;
	private static final int DECRYPT_ERROR = 0x21;
	private static final String EPOCH_FILE = "stateblob.epoch";

	private final ILog log = ILog.of(getClass());
	private final VtpmBinding binding;
	private final UnixSocket qemuControl;
	private final Admission admission;
	private final GatewayListener listener;
	private final TpmTrafficObserver observer;
	private volatile SwtpmProcess swtpm;
	private volatile UnixSocket swtpmControl;
	private volatile StateBlobGuard blobs;
	private volatile int qemuPid = -1;
	private volatile DataRelay dataRelay;
	private volatile String endReason = "QEMU closed the TPM control channel";
	private final AtomicBoolean closed = new AtomicBoolean();

	GatewaySession(VtpmBinding binding, UnixSocket qemuControl, Admission admission, GatewayListener listener,
			TpmTrafficObserver observer) {
		this.binding = binding;
		this.qemuControl = qemuControl;
		this.admission = admission;
		this.listener = listener;
		this.observer = observer;
	}

	/** Serves the connection until it ends; never throws. */
	void serve() {
		int pid = -1;
		try {
			PeerCredentials peer = qemuControl.peerCredentials();
			pid = peer.pid();
			qemuPid = pid;
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
			// the session keeps the key derived for sealing, never the state key
			blobs = new StateBlobGuard(SealingKey.derive(key, binding.vm(), SealPurpose.QEMU_STATE),
					new CaptureEpochs(binding.stateDir().resolve(EPOCH_FILE)), FreshnessPolicy.LATEST_CAPTURE_ONLY,
					Clock.systemUTC(), new SecureRandom());
			swtpm = SwtpmProcess.start(binding.stateDir(), binding.runDir(), key);
			swtpmControl = swtpm.openControlChannel();
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
			blobs.endCapture();
		}
		Optional<String> refused = ControlPolicy.refusal(command);
		if (refused.isPresent()) {
			request.closeDescriptors();
			refuseCommand(command, refused.get(), ControlPolicy.REFUSED_RESULT);
			return;
		}
		switch (command) {
		case SET_DATAFD -> handOverDataChannel(request);
		case GET_STATEBLOB -> sealOutgoingBlob(request);
		case SET_STATEBLOB -> openIncomingBlob(request);
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

	/**
	 * CMD_GET_STATEBLOB: the whole plaintext blob from swtpm, sealed, goes to QEMU in one answer (QEMU 7.2 reads a
	 * blob in one piece, from offset 0). Its flags say nothing about encryption: to QEMU the bytes are opaque.
	 */
	private void sealOutgoingBlob(ControlRequest request) throws IOException {
		ByteBuffer body = ByteBuffer.wrap(request.bytes());
		StateBlob type = StateBlob.ofType(body.getInt(8));
		int offset = body.getInt(12);
		if (type == null || offset != 0) {
			refuseCommand(ControlCommand.GET_STATEBLOB, String.format("it asks for blob type 0x%x from offset %d; "
					+ "the gateway hands out whole blobs of types 1-3 from offset 0", body.getInt(8), offset),
					BAD_PARAMETER);
			return;
		}
		byte[] plaintext = null;
		try {
			plaintext = SwtpmControl.over(swtpmControl).getStateBlob(type);
			byte[] sealed = plaintext.length == 0 ? plaintext : blobs.seal(type, plaintext);
			byte[] answer = ByteBuffer.allocate(16 + sealed.length).putInt(0).putInt(0).putInt(sealed.length)
					.putInt(sealed.length).put(sealed).array();
			qemuControl.write(answer);
			if (sealed.length > 0) {
				log.info("VM " + binding.vm() + ": the " + type + " state left the vTPM sealed (" + sealed.length
						+ " bytes)");
			}
		} catch (SwtpmResultException e) {
			qemuControl.write(ControlResponse.failure(ControlCommand.GET_STATEBLOB, e.result()));
		} finally {
			if (plaintext != null) {
				Arrays.fill(plaintext, (byte) 0);
			}
		}
	}

	/** CMD_SET_STATEBLOB: swtpm gets the plaintext only of a blob this gateway sealed for this VM and capture. */
	private void openIncomingBlob(ControlRequest request) throws IOException {
		byte[] bytes = request.bytes();
		StateBlob type = StateBlob.ofType(ByteBuffer.wrap(bytes).getInt(8));
		if (type == null) {
			refuseCommand(ControlCommand.SET_STATEBLOB, String.format("it offers blob type 0x%x",
					ByteBuffer.wrap(bytes).getInt(8)), BAD_PARAMETER);
			return;
		}
		SealedBlob.Opened opened;
		try {
			opened = blobs.open(type, Arrays.copyOfRange(bytes, 16, bytes.length));
		} catch (BlobRefusal refusal) {
			log.warn("VM " + binding.vm() + ": refused the " + type + " state blob from QEMU process " + qemuPid
					+ " (" + refusal.kind() + "): " + refusal.getMessage());
			listener.blobRefused(binding.vm(), qemuPid, refusal);
			qemuControl.write(ControlResponse.failure(ControlCommand.SET_STATEBLOB,
					refusal.kind() == BlobRefusal.Kind.NOT_AUTHENTIC ? DECRYPT_ERROR : BAD_PARAMETER));
			return;
		}
		try {
			SwtpmControl.over(swtpmControl).setStateBlob(type, opened.plaintext());
			qemuControl.write(new byte[4]);
			log.info("VM " + binding.vm() + ": the " + type + " state of capture " + opened.header().epoch()
					+ " went back into the vTPM");
		} catch (SwtpmResultException e) {
			qemuControl.write(ControlResponse.failure(ControlCommand.SET_STATEBLOB, e.result()));
		} finally {
			Arrays.fill(opened.plaintext(), (byte) 0);
		}
	}

	private void refuseCommand(ControlCommand command, String why, int result) throws IOException {
		log.warn("VM " + binding.vm() + ": refused " + command + " from QEMU process " + qemuPid + ": " + why);
		listener.commandRefused(binding.vm(), qemuPid, command, why);
		qemuControl.write(ControlResponse.failure(command, result));
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
