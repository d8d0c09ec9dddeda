package org.vtpmconsole.agent.unix;

import java.io.EOFException;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * A connected AF_UNIX stream socket: plain reads and writes, the peer's credentials, and file descriptors passed
 * with SCM_RIGHTS. Every descriptor it creates or receives is close-on-exec, so no child process inherits one by
 * accident. Reads and writes may run in different threads; {@link #disconnect()} wakes a blocked reader.
 */
public final class UnixSocket implements AutoCloseable {
	private static final LibC C = LibC.INSTANCE;
	/** At most this many descriptors are accepted in one message; swtpm's protocol passes one. */
	private static final int MAX_FDS = 4;
	private static final int CMSG_HEADER = 16;
	private static final int MSGHDR_SIZE = 56;
	private static final int IOVEC_SIZE = 16;
	private static final int MSG_CTRUNC = 0x8;

	private final int fd;
	private final AtomicBoolean closed = new AtomicBoolean();

	private UnixSocket(int fd) {
		this.fd = fd;
	}

	/** Takes ownership of a connected socket descriptor, e.g. one received with {@link #receive}. */
	public static UnixSocket adopt(int fd) {
		return new UnixSocket(fd);
	}

	public static UnixSocket connect(Path path) throws UnixException {
		Memory address = SocketAddress.of(path);
		int fd = newSocket();
		try {
			C.connect(fd, address, SocketAddress.length());
			return new UnixSocket(fd);
		} catch (LastErrorException e) {
			closeQuietly(fd);
			throw new UnixException("connect to " + path, e);
		}
	}

	/** Two connected sockets, as socketpair(2). */
	public static UnixSocket[] pair() throws UnixException {
		int[] fds = new int[2];
		try {
			C.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC, 0, fds);
		} catch (LastErrorException e) {
			throw new UnixException("socketpair", e);
		}
		return new UnixSocket[] { new UnixSocket(fds[0]), new UnixSocket(fds[1]) };
	}

	static int newSocket() throws UnixException {
		try {
			return C.socket(LibC.AF_UNIX, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC, 0);
		} catch (LastErrorException e) {
			throw new UnixException("socket", e);
		}
	}

	/** The descriptor number, for passing it on; it stays owned by this object. */
	public int fd() {
		return fd;
	}

	public PeerCredentials peerCredentials() throws UnixException {
		Memory credentials = new Memory(12);
		int[] length = { 12 };
		try {
			C.getsockopt(fd, LibC.SOL_SOCKET, LibC.SO_PEERCRED, credentials, length);
		} catch (LastErrorException e) {
			throw new UnixException("getsockopt(SO_PEERCRED)", e);
		}
		return new PeerCredentials(credentials.getInt(0), credentials.getInt(4), credentials.getInt(8));
	}

	/** Reads up to {@code length} bytes; -1 at end of stream. Descriptors sent along are closed by the kernel. */
	public int read(byte[] buffer, int offset, int length) throws UnixException {
		if (length == 0) {
			return 0;
		}
		// a direct-mapped call takes the array whole, so a read into its middle goes through a temporary one
		byte[] target = offset == 0 ? buffer : new byte[length];
		int n = endOfStreamAsMinusOne(retryingInterrupted("recv", () -> SocketCalls.recv(fd, target, length, 0)));
		if (target != buffer) {
			if (n > 0) {
				System.arraycopy(target, 0, buffer, offset, n);
			}
			// vTPM state blobs pass here in plaintext during a key rotation: no copy outlives its use
			Arrays.fill(target, (byte) 0);
		}
		return n;
	}

	/** Reads up to {@code length} bytes to native memory at {@code address}; -1 at end of stream. */
	int read(long address, int length) throws UnixException {
		return endOfStreamAsMinusOne(retryingInterrupted("recv", () -> SocketCalls.recv(fd, address, length, 0)));
	}

	private static int endOfStreamAsMinusOne(long received) {
		return received == 0 ? -1 : (int) received;
	}

	/** Reads exactly {@code length} bytes. */
	public void readFully(byte[] buffer, int offset, int length) throws UnixException, EOFException {
		int done = 0;
		while (done < length) {
			int n = read(buffer, offset + done, length - done);
			if (n < 0) {
				throw new EOFException("the peer closed the socket after " + done + " of " + length + " bytes");
			}
			done += n;
		}
	}

	/**
	 * Reads up to {@code length} bytes and any descriptors sent with them. The caller owns the descriptors: adopt or
	 * {@link #closeDescriptor close} each.
	 */
	public Received receive(byte[] buffer, int offset, int length) throws UnixException {
		if (length == 0) {
			return new Received(0, List.of());
		}
		Memory data = new Memory(length);
		Memory control = new Memory(controlSpace(MAX_FDS));
		Message message = Message.of(data, length, control);
		long n;
		while (true) {
			try {
				n = C.recvmsg(fd, message.header(), LibC.MSG_CMSG_CLOEXEC);
				break;
			} catch (LastErrorException e) {
				if (e.getErrorCode() != LibC.EINTR) {
					throw new UnixException("recvmsg", e);
				}
			} finally {
				Reference.reachabilityFence(message);
			}
		}
		List<Integer> fds = descriptors(message.header(), control);
		if ((message.header().getInt(48) & MSG_CTRUNC) != 0) {
			fds.forEach(UnixSocket::closeDescriptor);
			throw new UnixException("recvmsg: more than " + MAX_FDS + " descriptors in one message");
		}
		if (n == 0) {
			fds.forEach(UnixSocket::closeDescriptor);
			return new Received(-1, List.of());
		}
		data.read(0, buffer, offset, (int) n);
		data.clear();
		return new Received((int) n, fds);
	}

	public void write(byte[] buffer, int offset, int length) throws UnixException {
		byte[] source = offset == 0 ? buffer : Arrays.copyOfRange(buffer, offset, offset + length);
		int done = 0;
		while (done < length) {
			byte[] rest = done == 0 ? source : Arrays.copyOfRange(source, done, length);
			int restLength = length - done;
			try {
				done += (int) retryingInterrupted("send",
						() -> SocketCalls.send(fd, rest, restLength, LibC.MSG_NOSIGNAL));
			} finally {
				wipeCopy(rest, buffer);
			}
		}
		wipeCopy(source, buffer);
	}

	/** Zeroes a copy this class made of the caller's bytes (never the caller's own array). */
	private static void wipeCopy(byte[] copy, byte[] callers) {
		if (copy != callers) {
			Arrays.fill(copy, (byte) 0);
		}
	}

	public void write(byte[] buffer) throws UnixException {
		write(buffer, 0, buffer.length);
	}

	/** Sends the bytes with one descriptor attached (SCM_RIGHTS); the receiver gets its own copy of it. */
	public void sendWithDescriptor(byte[] buffer, int descriptor) throws UnixException {
		int length = buffer.length;
		if (length == 0) {
			// a stream socket delivers ancillary data only together with at least one byte
			throw new IllegalArgumentException("nothing to send");
		}
		int done = 0;
		while (done < length) {
			int chunk = length - done;
			Memory data = new Memory(chunk);
			data.write(0, buffer, done, chunk);
			// the descriptor travels with the first byte only
			Message message = Message.of(data, chunk, done == 0 ? rightsMessage(descriptor) : null);
			try {
				done += (int) C.sendmsg(fd, message.header(), LibC.MSG_NOSIGNAL);
			} catch (LastErrorException e) {
				if (e.getErrorCode() != LibC.EINTR) {
					throw new UnixException("sendmsg", e);
				}
			} finally {
				data.clear();
				Reference.reachabilityFence(message);
			}
		}
	}

	/**
	 * Ends both directions of the connection so that a thread blocked in a read on it returns. This acts on the
	 * connection itself, so it also ends it for every other holder of a copy of the descriptor (e.g. the process it
	 * was passed to); {@link #close()} alone does not.
	 */
	public void shutdown() {
		if (!closed.get()) {
			try {
				C.shutdown(fd, LibC.SHUT_RDWR);
			} catch (LastErrorException e) {
				// ENOTCONN: the peer is gone already, which is what shutdown is for
			}
		}
	}

	/** Releases this process's descriptor; the connection lives on in copies passed to other processes. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			closeQuietly(fd);
		}
	}

	/** {@link #shutdown()} then {@link #close()}: ends the connection for everyone and wakes blocked readers. */
	public void disconnect() {
		shutdown();
		close();
	}

	/** Closes a descriptor this process owns, e.g. one received but not adopted. */
	public static void closeDescriptor(int descriptor) {
		closeQuietly(descriptor);
	}

	static void closeQuietly(int descriptor) {
		try {
			C.close(descriptor);
		} catch (LastErrorException e) {
			// close(2) releases the descriptor even when it reports an error (Linux); nothing to retry
		}
	}

	/** A system call that returns a count or throws errno. */
	@FunctionalInterface
	private interface CountingCall {
		long call() throws LastErrorException;
	}

	/** Runs {@code call} again when a signal interrupted it (EINTR); any other errno becomes a UnixException. */
	private static long retryingInterrupted(String name, CountingCall call) throws UnixException {
		while (true) {
			try {
				return call.call();
			} catch (LastErrorException e) {
				if (e.getErrorCode() != LibC.EINTR) {
					throw new UnixException(name, e);
				}
			}
		}
	}

	/** Bytes read (-1 at end of stream) and the descriptors that came with them. */
	public record Received(int length, List<Integer> fds) {
	}

	/**
	 * A msghdr and the memory it points to. The header refers to the others only by native address, so the record
	 * keeps them reachable (JNA frees a {@link Memory} when it is collected) until the call is over.
	 */
	private record Message(Memory header, Memory iov, Memory data, Memory control) {
		static Message of(Memory data, int length, Memory control) {
			Memory iov = new Memory(IOVEC_SIZE);
			iov.setPointer(0, data);
			iov.setLong(8, length);
			Memory header = new Memory(MSGHDR_SIZE);
			header.clear();
			header.setPointer(16, iov);
			header.setLong(24, 1);
			if (control != null) {
				header.setPointer(32, control);
				header.setLong(40, control.size());
			}
			return new Message(header, iov, data, control);
		}
	}

	private static Memory rightsMessage(int descriptor) {
		Memory control = new Memory(controlSpace(1));
		control.clear();
		control.setLong(0, CMSG_HEADER + 4);
		control.setInt(8, LibC.SOL_SOCKET);
		control.setInt(12, LibC.SCM_RIGHTS);
		control.setInt(CMSG_HEADER, descriptor);
		return control;
	}

	private static List<Integer> descriptors(Memory message, Memory control) {
		List<Integer> fds = new ArrayList<>();
		long controlLength = message.getLong(40);
		long offset = 0;
		while (offset + CMSG_HEADER <= controlLength) {
			long cmsgLength = control.getLong(offset);
			if (cmsgLength < CMSG_HEADER) {
				break;
			}
			if (control.getInt(offset + 8) == LibC.SOL_SOCKET && control.getInt(offset + 12) == LibC.SCM_RIGHTS) {
				Pointer data = control.share(offset + CMSG_HEADER);
				for (int i = 0; i < (cmsgLength - CMSG_HEADER) / 4; i++) {
					fds.add(data.getInt(4L * i));
				}
			}
			offset += align(cmsgLength);
		}
		return fds;
	}

	private static int controlSpace(int descriptors) {
		return CMSG_HEADER + (int) align(4L * descriptors);
	}

	private static long align(long length) {
		return (length + 7) & ~7L;
	}

	@Override
	public String toString() {
		return "UnixSocket[fd " + fd + (closed.get() ? ", closed]" : "]");
	}
}
