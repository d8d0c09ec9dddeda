package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * The agent's own client on a swtpm control channel, for a vTPM no QEMU is attached to (creation, maintenance,
 * benchmarks). While QEMU runs, the channel is QEMU's and the gateway only relays it.
 */
public final class SwtpmControl implements AutoCloseable {
	/** ptm_res and one u32 (GET_CAPABILITY, GET_CONFIG). */
	private static final int RESULT_AND_WORD = 8;

	private final UnixSocket channel;

	private SwtpmControl(UnixSocket channel) {
		this.channel = channel;
	}

	public static SwtpmControl connect(SwtpmProcess swtpm) throws IOException {
		return new SwtpmControl(swtpm.openControlChannel());
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
		int result = ByteBuffer.wrap(response).getInt(0);
		if (result != 0) {
			throw new IOException(String.format("swtpm refused %s: TPM result 0x%x", command, result));
		}
		channel.readFully(response, 4, responseLength - 4);
		return response;
	}

	@Override
	public void close() {
		channel.close();
	}
}
