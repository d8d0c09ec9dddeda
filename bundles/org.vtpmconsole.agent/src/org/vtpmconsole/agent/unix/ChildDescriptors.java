package org.vtpmconsole.agent.unix;

import java.nio.file.Path;
import java.util.Arrays;

import com.sun.jna.LastErrorException;

/**
 * Descriptors the agent opens for a {@link SpawnedProcess} and closes once the child has its copies. All are
 * close-on-exec in the agent, so no other child inherits one.
 */
public final class ChildDescriptors {
	private static final LibC C = LibC.INSTANCE;

	private ChildDescriptors() {
	}

	/**
	 * A file opened for appending, created with mode 0600; a symbolic link in its place is refused (O_NOFOLLOW).
	 */
	public static int appendTo(Path file) throws UnixException {
		try {
			return C.open(file.toAbsolutePath().toString(),
					LibC.O_WRONLY | LibC.O_CREAT | LibC.O_APPEND | LibC.O_NOFOLLOW | LibC.O_CLOEXEC, 0600);
		} catch (LastErrorException e) {
			throw new UnixException("open " + file, e);
		}
	}

	/**
	 * The read end of a pipe that already holds {@code bytes} and is closed for writing, so the child reads exactly
	 * them and then end of file. The caller's array is left as it is; it must fit a pipe's buffer (64 KiB).
	 */
	public static int pipeHolding(byte[] bytes) throws UnixException {
		int[] fds = new int[2];
		try {
			C.pipe2(fds, LibC.O_CLOEXEC);
		} catch (LastErrorException e) {
			throw new UnixException("pipe2", e);
		}
		try {
			long written = C.write(fds[1], bytes, bytes.length);
			if (written != bytes.length) {
				throw new UnixException("a pipe took " + written + " of " + bytes.length + " bytes");
			}
			return fds[0];
		} catch (LastErrorException e) {
			close(fds[0]);
			throw new UnixException("write to a pipe", e);
		} catch (UnixException e) {
			close(fds[0]);
			throw e;
		} finally {
			close(fds[1]);
		}
	}

	public static void close(int... fds) {
		Arrays.stream(fds).filter(fd -> fd >= 0).forEach(UnixSocket::closeQuietly);
	}
}
