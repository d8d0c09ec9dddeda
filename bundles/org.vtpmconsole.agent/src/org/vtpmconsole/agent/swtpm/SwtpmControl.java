package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * The agent's own client on a swtpm control channel, for a vTPM no QEMU is attached to (creation, maintenance,
 * benchmarks). While QEMU runs, the channel is QEMU's: the gateway relays it, and moves state blobs through this
 * class ({@link #over}) so that it can seal what leaves and open what comes in.
 */
public final class SwtpmControl implements AutoCloseable {
	/** ptm_res and one u32 (GET_CAPABILITY, GET_CONFIG). */
	private static final int RESULT_AND_WORD = 8;
	/** ptm_getstate's request flag: the blob without the state-key encryption. */
	private static final int STATE_FLAG_DECRYPTED = 1;
	/** ptm_getstate's response flag: the blob is still encrypted with the state key. */
	private static final int STATE_FLAG_ENCRYPTED = 2;
	/** ptm_getstate's response header: result, state flags, total length, length of the data that follows. */
	static final int STATE_RESPONSE_HEADER = 16;
	/** TPM_RETRY, swtpm's answer to GET_STATEBLOB for a kind of state it has not stored. */
	private static final int TPM_RETRY = 0x800;

	private final UnixSocket channel;

	private SwtpmControl(UnixSocket channel) {
		this.channel = channel;
	}

	/** The agent's client on swtpm's kept control channel; closing it ends swtpm's channel for good. */
	public static SwtpmControl connect(SwtpmProcess swtpm) throws IOException {
		return new SwtpmControl(swtpm.controlChannel());
	}

	/** A client on a channel someone else owns and closes (the gateway's, between two of QEMU's requests). */
	public static SwtpmControl over(UnixSocket channel) {
		return new SwtpmControl(channel);
	}

	/** CMD_INIT: powers the TPM on (it then expects TPM2_Startup on the data channel). */
	public void init() throws IOException {
		call(ControlCommand.INIT, new byte[4], -1);
	}

	/** CMD_SET_DATAFD: gives swtpm its data channel; the caller may close its copy of the descriptor afterwards. */
	public void setDataFd(UnixSocket swtpmEnd) throws IOException {
		call(ControlCommand.SET_DATAFD, new byte[0], swtpmEnd.fd());
	}

	/** CMD_SHUTDOWN: swtpm saves its state and exits. */
	public void shutdown() throws IOException {
		call(ControlCommand.SHUTDOWN, new byte[0], -1);
	}

	/** CMD_STORE_VOLATILE: swtpm writes the running TPM's volatile state into its state directory, encrypted. */
	public void storeVolatile() throws IOException {
		call(ControlCommand.STORE_VOLATILE, new byte[0], -1);
	}

	/**
	 * CMD_GET_STATEBLOB with PTM_STATE_FLAG_DECRYPTED: one blob of a running TPM without the state-key encryption,
	 * empty when swtpm holds none of that kind. The bytes are plaintext TPM secrets: the caller wipes them. swtpm
	 * 0.7.1 sends everything from the requested offset in one response; should a response carry less than the total,
	 * the rest is asked for from where it ended. Asking for the volatile blob
	 * makes swtpm store the volatile state and then delete it from its state directory.
	 *
	 * @throws SwtpmResultException when swtpm answers with a failure; the channel stays in step
	 */
	public byte[] getStateBlob(StateBlob blob) throws IOException {
		byte[] data = null;
		int received = 0;
		try {
			do {
				channel.write(ByteBuffer.allocate(16).putInt(ControlCommand.GET_STATEBLOB.code())
						.putInt(STATE_FLAG_DECRYPTED).putInt(blob.type()).putInt(received).array());
				ByteBuffer header = ByteBuffer.wrap(new byte[STATE_RESPONSE_HEADER]);
				channel.readFully(header.array(), 0, header.capacity());
				if (header.getInt(0) == TPM_RETRY && data == null) {
					return new byte[0];
				}
				requireSuccess(ControlCommand.GET_STATEBLOB, header.getInt(0));
				if ((header.getInt(4) & STATE_FLAG_ENCRYPTED) != 0) {
					throw new ControlProtocolException("swtpm sent the " + blob + " blob still encrypted");
				}
				int total = header.getInt(8);
				int length = header.getInt(12);
				if (data == null && total >= 0 && total <= ControlCommand.MAX_VARIABLE_LENGTH) {
					data = new byte[total];
				}
				if (data == null || length < 0 || length > data.length - received
						|| length == 0 && received < data.length) {
					throw new ControlProtocolException("swtpm announced an implausible " + blob + " blob: "
							+ Integer.toUnsignedString(length) + " of " + Integer.toUnsignedString(total) + " bytes");
				}
				channel.readFully(data, received, length);
				received += length;
			} while (received < data.length);
			return data;
		} catch (IOException | RuntimeException e) {
			if (data != null) {
				Arrays.fill(data, (byte) 0);
			}
			throw e;
		}
	}

	/**
	 * CMD_SET_STATEBLOB: a plaintext blob for a TPM that is not running yet; swtpm takes it in at CMD_INIT and stores
	 * it encrypted with its own state key. Sent in one write; swtpm reads until it has the announced length.
	 */
	public void setStateBlob(StateBlob blob, byte[] data) throws IOException {
		byte[] request = ByteBuffer.allocate(16 + data.length).putInt(ControlCommand.SET_STATEBLOB.code()).putInt(0)
				.putInt(blob.type()).putInt(data.length).put(data).array();
		try {
			channel.write(request);
		} finally {
			Arrays.fill(request, (byte) 0);
		}
		byte[] result = new byte[4];
		channel.readFully(result, 0, 4);
		requireSuccess(ControlCommand.SET_STATEBLOB, ByteBuffer.wrap(result).getInt());
	}

	/** CMD_GET_CONFIG flags: 0x1 state encrypted with a file key, 0x2 migration key set. */
	public int config() throws IOException {
		return ByteBuffer.wrap(exchange(ControlCommand.GET_CONFIG, new byte[0], -1, RESULT_AND_WORD)).getInt(4);
	}

	private void call(ControlCommand command, byte[] body, int descriptor) throws IOException {
		exchange(command, body, descriptor, 4);
	}

	private byte[] exchange(ControlCommand command, byte[] body, int descriptor, int responseLength)
			throws IOException {
		byte[] request = ByteBuffer.allocate(4 + body.length).putInt(command.code()).put(body).array();
		if (descriptor >= 0) {
			channel.sendWithDescriptor(request, descriptor);
		} else {
			channel.write(request);
		}
		byte[] response = new byte[responseLength];
		// swtpm answers a refused command with the 4-byte result only
		channel.readFully(response, 0, 4);
		requireSuccess(command, ByteBuffer.wrap(response).getInt(0));
		channel.readFully(response, 4, responseLength - 4);
		return response;
	}

	private static void requireSuccess(ControlCommand command, int result) throws SwtpmResultException {
		if (result != 0) {
			throw new SwtpmResultException(command, result);
		}
	}

	@Override
	public void close() {
		channel.close();
	}
}
