package org.vtpmconsole.agent.swtpm;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

import org.vtpmconsole.agent.unix.SocketReader;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * One TPM command or response as it crosses a data channel: the 10-byte header (tag, size, command or response
 * code) and the rest. TPM 1.2 and TPM 2.0 share this header; QEMU probes with a TPM 1.2 command before it knows
 * the version, so both families' tags are accepted.
 */
public record TpmFrame(int tag, int code, byte[] bytes) {
	public static final int HEADER_SIZE = 10;
	/** libtpms' largest command and response buffer (TPM_BUFFER_MAX). */
	public static final int MAX_SIZE = 4096;

	public int size() {
		return bytes.length;
	}

	/**
	 * The next frame, or empty when the stream ends between frames. A frame that has fully arrived is read with one
	 * recv (header and body together).
	 *
	 * @param channel a reader of at least {@link #MAX_SIZE} bytes
	 * @throws MalformedFrameException for an unknown tag or a size outside 10..4096: the stream cannot be followed
	 * @throws EOFException when the stream ends inside a frame
	 */
	public static Optional<TpmFrame> read(SocketReader channel) throws IOException {
		if (!channel.fill(HEADER_SIZE)) {
			if (channel.available() == 0) {
				return Optional.empty();
			}
			throw new EOFException("the channel ended " + channel.available() + " bytes into a TPM frame header");
		}
		int tag = channel.unsignedShortAt(0);
		int size = channel.intAt(2);
		if (!isKnownTag(tag)) {
			throw new MalformedFrameException(String.format("unknown TPM tag 0x%04x", tag));
		}
		if (size < HEADER_SIZE || size > MAX_SIZE) {
			throw new MalformedFrameException("TPM frame size " + Integer.toUnsignedString(size) + " is outside "
					+ HEADER_SIZE + ".." + MAX_SIZE);
		}
		if (!channel.fill(size)) {
			throw new EOFException(
					"the channel ended after " + channel.available() + " of a TPM frame's " + size + " bytes");
		}
		int code = channel.intAt(6);
		return Optional.of(new TpmFrame(tag, code, channel.take(size)));
	}

	/** A reader for frames from {@code channel}, holding the largest frame. */
	public static SocketReader reader(UnixSocket channel) {
		return new SocketReader(channel, MAX_SIZE);
	}

	/** TPM 2.0's TPM_ST_NO_SESSIONS and TPM_ST_SESSIONS, TPM 1.2's request and response tags. */
	private static boolean isKnownTag(int tag) {
		return switch (tag) {
		case 0x8001, 0x8002, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6 -> true;
		default -> false;
		};
	}

	/** A frame from complete bytes, checked as {@link #read} checks them. */
	public static TpmFrame of(byte[] bytes) throws MalformedFrameException {
		if (bytes.length < HEADER_SIZE || ByteBuffer.wrap(bytes).getInt(2) != bytes.length) {
			throw new MalformedFrameException("a TPM frame's size field must equal its length, " + bytes.length);
		}
		ByteBuffer fields = ByteBuffer.wrap(bytes);
		return new TpmFrame(fields.getShort(0) & 0xffff, fields.getInt(6), bytes.clone());
	}

	/** A malformed frame: wrong tag or size. */
	public static final class MalformedFrameException extends IOException {
		private static final long serialVersionUID = 1L;

		public MalformedFrameException(String message) {
			super(message);
		}
	}
}
