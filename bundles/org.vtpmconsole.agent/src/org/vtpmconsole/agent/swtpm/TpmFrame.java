package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.Set;

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
	private static final Set<Integer> TAGS = Set.of(0x8001, 0x8002, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6);

	public int size() {
		return bytes.length;
	}

	/**
	 * The next frame, or empty when the stream ends between frames.
	 *
	 * @throws MalformedFrameException for an unknown tag or a size outside 10..4096: the stream cannot be followed
	 */
	public static Optional<TpmFrame> read(UnixSocket channel) throws IOException {
		byte[] header = new byte[HEADER_SIZE];
		int first = channel.read(header, 0, HEADER_SIZE);
		if (first < 0) {
			return Optional.empty();
		}
		channel.readFully(header, first, HEADER_SIZE - first);
		ByteBuffer fields = ByteBuffer.wrap(header);
		int tag = fields.getShort(0) & 0xffff;
		int size = fields.getInt(2);
		if (!TAGS.contains(tag)) {
			throw new MalformedFrameException(String.format("unknown TPM tag 0x%04x", tag));
		}
		if (size < HEADER_SIZE || size > MAX_SIZE) {
			throw new MalformedFrameException("TPM frame size " + Integer.toUnsignedString(size) + " is outside "
					+ HEADER_SIZE + ".." + MAX_SIZE);
		}
		byte[] bytes = new byte[size];
		System.arraycopy(header, 0, bytes, 0, HEADER_SIZE);
		channel.readFully(bytes, HEADER_SIZE, size - HEADER_SIZE);
		return Optional.of(new TpmFrame(tag, fields.getInt(6), bytes));
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
