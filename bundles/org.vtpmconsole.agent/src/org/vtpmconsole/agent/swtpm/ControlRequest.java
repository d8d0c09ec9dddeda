package org.vtpmconsole.agent.swtpm;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * One request read whole from a control channel: its command, its bytes as sent (code and body) and any descriptor
 * that came with it. The caller owns the descriptors.
 */
public record ControlRequest(ControlCommand command, byte[] bytes, List<Integer> fds) {

	/**
	 * The next request, or empty at the end of the stream.
	 *
	 * @throws ControlProtocolException for an unknown code or an implausible length: the stream cannot be followed
	 *                                  any further
	 */
	public static Optional<ControlRequest> read(UnixSocket channel) throws IOException {
		byte[] code = new byte[4];
		List<Integer> fds = new ArrayList<>();
		try {
			int first = readCollectingDescriptors(channel, code, 0, 4, fds, true);
			if (first < 0) {
				return Optional.empty();
			}
			ControlCommand command = ControlCommand.ofCode(ByteBuffer.wrap(code).getInt());
			if (command == null) {
				throw new ControlProtocolException(String.format("unknown control command 0x%08x", ByteBuffer.wrap(code).getInt()));
			}
			byte[] fixed = new byte[command.fixedLength()];
			readCollectingDescriptors(channel, fixed, 0, fixed.length, fds, false);
			int variable = command.variableLength(fixed);
			if (variable < 0 || variable > ControlCommand.MAX_VARIABLE_LENGTH) {
				throw new ControlProtocolException(command + " announces " + Integer.toUnsignedString(variable)
						+ " data bytes; at most " + ControlCommand.MAX_VARIABLE_LENGTH + " are allowed");
			}
			byte[] bytes = new byte[4 + fixed.length + variable];
			System.arraycopy(code, 0, bytes, 0, 4);
			System.arraycopy(fixed, 0, bytes, 4, fixed.length);
			readCollectingDescriptors(channel, bytes, 4 + fixed.length, variable, fds, false);
			return Optional.of(new ControlRequest(command, bytes, List.copyOf(fds)));
		} catch (IOException | RuntimeException e) {
			fds.forEach(UnixSocket::closeDescriptor);
			throw e;
		}
	}

	/** The descriptor passed with the request, if exactly one came. */
	public Optional<Integer> descriptor() {
		return fds.size() == 1 ? Optional.of(fds.get(0)) : Optional.empty();
	}

	public void closeDescriptors() {
		fds.forEach(UnixSocket::closeDescriptor);
	}

	/** Reads exactly {@code length} bytes; -1 if the stream ends before the first one of a request. */
	private static int readCollectingDescriptors(UnixSocket channel, byte[] buffer, int offset, int length,
			List<Integer> fds, boolean requestStart) throws IOException {
		int done = 0;
		while (done < length) {
			UnixSocket.Received received = channel.receive(buffer, offset + done, length - done);
			fds.addAll(received.fds());
			if (received.length() < 0) {
				if (done == 0 && requestStart) {
					return -1;
				}
				throw new EOFException("the control channel closed in the middle of a request");
			}
			done += received.length();
		}
		return done;
	}
}
