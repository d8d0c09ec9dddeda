package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.stateblob.CaptureEpochs;
import org.vtpmconsole.agent.stateblob.FreshnessPolicy;
import org.vtpmconsole.agent.stateblob.SealedBlob;
import org.vtpmconsole.agent.stateblob.SealingKey;
import org.vtpmconsole.agent.stateblob.StateBlobGuard;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.agent.swtpm.ControlRequest;
import org.vtpmconsole.agent.swtpm.ControlResponse;
import org.vtpmconsole.agent.swtpm.StateBlob;
import org.vtpmconsole.agent.swtpm.SwtpmControl;
import org.vtpmconsole.agent.swtpm.SwtpmResultException;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * QEMU's state-blob requests in one gateway session (docs/gateway.md, "Sealed state blobs"): what QEMU pulls from
 * swtpm leaves sealed, what it pushes reaches swtpm only if this gateway sealed it for this VM and its latest capture.
 * Plaintext blobs exist only between swtpm and this class, and are overwritten once passed on.
 */
final class StateBlobRelay implements AutoCloseable {
	/** TPM_BAD_PARAMETER and TPM_DECRYPT_ERROR, what QEMU is told for a refused state blob. */
	private static final int BAD_PARAMETER = 0x03;
	private static final int DECRYPT_ERROR = 0x21;

	private final ILog log = ILog.of(getClass());
	private final UUID vm;
	private final StateBlobGuard guard;
	private final ControlRefuser refuser;
	private final UnixSocket qemu;
	private final UnixSocket swtpm;

	/** Takes ownership of {@code key}: closing the relay wipes it. */
	StateBlobRelay(VtpmBinding binding, SealingKey key, ControlRefuser refuser, UnixSocket qemu, UnixSocket swtpm) {
		this.vm = binding.vm();
		this.guard = new StateBlobGuard(key, new CaptureEpochs(binding.captureEpochFile()),
				FreshnessPolicy.LATEST_CAPTURE_ONLY, Clock.systemUTC(), new SecureRandom());
		this.refuser = refuser;
		this.qemu = qemu;
		this.swtpm = swtpm;
	}

	/** Any other request between two blob requests ends the capture under way. */
	void otherRequest() {
		guard.endCapture();
	}

	/**
	 * CMD_GET_STATEBLOB: the whole plaintext blob from swtpm, sealed, goes to QEMU in one answer (QEMU 7.2 reads a
	 * blob in one piece, from offset 0). Its flags say nothing about encryption: to QEMU the bytes are opaque.
	 */
	void pull(ControlRequest request) throws IOException {
		ByteBuffer body = ByteBuffer.wrap(request.bytes());
		StateBlob type = StateBlob.ofType(body.getInt(8));
		int offset = body.getInt(12);
		if (type == null || offset != 0) {
			refuser.refuse(ControlCommand.GET_STATEBLOB, String.format("it asks for blob type 0x%x from offset %d; "
					+ "the gateway hands out whole blobs of types 1-3 from offset 0", body.getInt(8), offset),
					BAD_PARAMETER);
			return;
		}
		byte[] plaintext = null;
		try {
			plaintext = SwtpmControl.over(swtpm).getStateBlob(type);
			byte[] sealed = plaintext.length == 0 ? plaintext : guard.seal(type, plaintext);
			qemu.write(ByteBuffer.allocate(16 + sealed.length).putInt(0).putInt(0).putInt(sealed.length)
					.putInt(sealed.length).put(sealed).array());
			if (sealed.length > 0) {
				log.info("VM " + vm + ": the " + type + " state left the vTPM sealed (" + sealed.length
						+ " bytes)");
			}
		} catch (SwtpmResultException e) {
			qemu.write(ControlResponse.failure(ControlCommand.GET_STATEBLOB, e.result()));
		} finally {
			if (plaintext != null) {
				Arrays.fill(plaintext, (byte) 0);
			}
		}
	}

	/** CMD_SET_STATEBLOB: swtpm gets the plaintext only of a blob this gateway sealed for this VM and capture. */
	void push(ControlRequest request) throws IOException {
		byte[] bytes = request.bytes();
		int typeNumber = ByteBuffer.wrap(bytes).getInt(8);
		StateBlob type = StateBlob.ofType(typeNumber);
		if (type == null) {
			refuser.refuse(ControlCommand.SET_STATEBLOB, String.format("it offers blob type 0x%x", typeNumber),
					BAD_PARAMETER);
			return;
		}
		SealedBlob.Opened opened;
		try {
			opened = guard.open(type, Arrays.copyOfRange(bytes, 16, bytes.length));
		} catch (BlobRefusal refusal) {
			refuser.refuseBlob(type, refusal,
					refusal.kind() == BlobRefusal.Kind.NOT_AUTHENTIC ? DECRYPT_ERROR : BAD_PARAMETER);
			return;
		}
		try {
			SwtpmControl.over(swtpm).setStateBlob(type, opened.plaintext());
			qemu.write(new byte[4]);
			log.info("VM " + vm + ": the " + type + " state of capture " + opened.header().epoch()
					+ " went back into the vTPM");
		} catch (SwtpmResultException e) {
			qemu.write(ControlResponse.failure(ControlCommand.SET_STATEBLOB, e.result()));
		} finally {
			Arrays.fill(opened.plaintext(), (byte) 0);
		}
	}

	@Override
	public void close() {
		guard.close();
	}
}
