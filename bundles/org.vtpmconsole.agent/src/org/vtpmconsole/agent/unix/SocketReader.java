package org.vtpmconsole.agent.unix;

import java.nio.ByteBuffer;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Buffered reading of length-prefixed messages from a {@link UnixSocket}. Each read takes as much as the socket has
 * ready, into one reusable native buffer, so a message that has fully arrived costs one recv and no allocation until
 * it is taken; bytes that already belong to the next message stay buffered for it. Numbers are read big-endian.
 * Used by one thread at a time; nothing else may read the socket meanwhile.
 */
public final class SocketReader {
	private static final byte[] ZEROS = new byte[4096];

	private final UnixSocket socket;
	/** Direct, so the kernel writes into it; freed with this reader. */
	private final ByteBuffer buffer;
	private final long address;
	/** The unread bytes are buffer[start..end). */
	private int start;
	private int end;

	/** @param capacity the largest message this reader must hold whole */
	public SocketReader(UnixSocket socket, int capacity) {
		this.socket = socket;
		this.buffer = ByteBuffer.allocateDirect(capacity);
		this.address = Pointer.nativeValue(Native.getDirectBufferPointer(buffer));
	}

	/** How many unread bytes are buffered. */
	public int available() {
		return end - start;
	}

	/**
	 * Reads until at least {@code count} unread bytes are buffered.
	 *
	 * @return false when the stream ended first; what did arrive stays {@link #available()}
	 */
	public boolean fill(int count) throws UnixException {
		if (count > buffer.capacity()) {
			throw new IllegalArgumentException(count + " bytes do not fit this reader's " + buffer.capacity());
		}
		if (start + count > buffer.capacity()) {
			compact();
		}
		while (available() < count) {
			int n = socket.read(address + end, buffer.capacity() - end);
			if (n < 0) {
				return false;
			}
			end += n;
		}
		return true;
	}

	/** The unsigned 16-bit number {@code offset} bytes into the unread bytes. */
	public int unsignedShortAt(int offset) {
		return buffer.getShort(start + checked(offset, Short.BYTES)) & 0xffff;
	}

	/** The 32-bit number {@code offset} bytes into the unread bytes. */
	public int intAt(int offset) {
		return buffer.getInt(start + checked(offset, Integer.BYTES));
	}

	/** Consumes the next {@code count} unread bytes. */
	public byte[] take(int count) {
		byte[] bytes = new byte[count];
		buffer.get(start + checked(0, count), bytes);
		// the buffer lives as long as the channel: what was taken (TPM commands, state blobs) does not linger in it
		wipe(start, count);
		start += count;
		if (start == end) {
			start = 0;
			end = 0;
		}
		return bytes;
	}

	private int checked(int offset, int length) {
		if (offset < 0 || offset + length > available()) {
			throw new IndexOutOfBoundsException(
					"bytes " + offset + ".." + (offset + length) + " of " + available() + " buffered");
		}
		return offset;
	}

	/** Moves the unread bytes to the front to make room behind them. */
	private void compact() {
		int unread = available();
		// put(int, ByteBuffer, int, int) copies like memmove, so the overlap is safe
		buffer.put(0, buffer, start, unread);
		wipe(unread, end - unread);
		start = 0;
		end = unread;
	}

	private void wipe(int from, int count) {
		for (int wiped = 0; wiped < count; wiped += ZEROS.length) {
			buffer.put(from + wiped, ZEROS, 0, Math.min(ZEROS.length, count - wiped));
		}
	}
}
