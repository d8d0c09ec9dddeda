package org.vtpmconsole.agent.unix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * A listening AF_UNIX stream socket bound to a path. The socket file is readable and writable by its owner and
 * group only, and is removed on {@link #close()}, which also wakes a thread blocked in {@link #accept()}.
 */
public final class UnixServerSocket implements AutoCloseable {
	private static final LibC C = LibC.INSTANCE;
	private static final int BACKLOG = 8;

	private final int fd;
	private final Path path;
	private final AtomicBoolean closed = new AtomicBoolean();

	private UnixServerSocket(int fd, Path path) {
		this.fd = fd;
		this.path = path;
	}

	/** Binds to {@code path}, replacing a stale socket file left there by an earlier run. */
	public static UnixServerSocket bind(Path path) throws IOException {
		Path absolute = path.toAbsolutePath();
		Memory address = SocketAddress.of(absolute);
		if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
			Files.delete(absolute);
		}
		int fd = UnixSocket.newSocket();
		try {
			C.bind(fd, address, SocketAddress.length());
			Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rw-rw----"));
			C.listen(fd, BACKLOG);
			return new UnixServerSocket(fd, absolute);
		} catch (LastErrorException e) {
			UnixSocket.closeQuietly(fd);
			throw new UnixException("bind/listen on " + absolute, e);
		} catch (IOException | RuntimeException e) {
			UnixSocket.closeQuietly(fd);
			throw e;
		}
	}

	public Path path() {
		return path;
	}

	/** Waits for the next connection. */
	public UnixSocket accept() throws UnixException {
		while (true) {
			try {
				return UnixSocket.adopt(C.accept4(fd, null, null, LibC.SOCK_CLOEXEC));
			} catch (LastErrorException e) {
				if (closed.get()) {
					throw new UnixException("accept on " + path + ": the socket was closed");
				}
				if (e.getErrorCode() != LibC.EINTR) {
					throw new UnixException("accept on " + path, e);
				}
			}
		}
	}

	public boolean isClosed() {
		return closed.get();
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			try {
				// wakes a thread blocked in accept(2) (Linux returns EINVAL to it)
				C.shutdown(fd, LibC.SHUT_RDWR);
			} catch (LastErrorException e) {
				// nothing was waiting
			}
			UnixSocket.closeQuietly(fd);
			try {
				Files.deleteIfExists(path);
			} catch (IOException e) {
				// a leftover socket file is replaced by the next bind
			}
		}
	}
}
