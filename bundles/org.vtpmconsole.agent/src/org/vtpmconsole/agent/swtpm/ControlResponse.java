package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * swtpm's answer to one control request, read whole: the gateway relays request and answer in lock step, so it always
 * knows where one answer ends and never lets the next request overtake it.
 */
public final class ControlResponse {
	private static final int RESULT_LENGTH = 4;

	private ControlResponse() {
	}

	/** The answer to {@code command}, for every command whose answer has a fixed length. */
	public static byte[] read(ControlCommand command, UnixSocket channel) throws IOException {
		int full = command.successResponseLength();
		if (full < 0) {
			throw new IllegalArgumentException(command + " is answered with its own length; it is not relayed raw");
		}
		byte[] response = new byte[full];
		if (command == ControlCommand.GET_CAPABILITY) {
			channel.readFully(response, 0, full);
			return response;
		}
		channel.readFully(response, 0, RESULT_LENGTH);
		if (ByteBuffer.wrap(response).getInt(0) != 0) {
			return Arrays.copyOf(response, RESULT_LENGTH);
		}
		channel.readFully(response, RESULT_LENGTH, full - RESULT_LENGTH);
		return response;
	}

	/**
	 * What QEMU reads when the gateway answers {@code command} with a failure itself: the result alone, except for
	 * GET_STATEBLOB, whose 16-byte header QEMU always reads whole (with no data after it).
	 */
	public static byte[] failure(ControlCommand command, int result) {
		int length = command == ControlCommand.GET_STATEBLOB ? SwtpmControl.STATE_RESPONSE_HEADER : RESULT_LENGTH;
		return ByteBuffer.allocate(length).putInt(result).array();
	}
}
