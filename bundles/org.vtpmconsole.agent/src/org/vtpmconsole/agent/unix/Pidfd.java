package org.vtpmconsole.agent.unix;

import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * A process descriptor (pidfd_open(2), Linux 5.3 and later): it refers to one process for as long as it is open and
 * never to a later process that is given the same pid. It becomes readable when that process exits, so a pid checked
 * while the descriptor says "running" is still that process.
 */
public final class Pidfd implements AutoCloseable {
	private static final int ESRCH = 3;
	/** struct pollfd: int fd; short events; short revents. */
	private static final int POLLFD_SIZE = 8;
	private static final int EVENTS_OFFSET = 4;
	private static final int REVENTS_OFFSET = 6;

	private final long pid;
	private final int fd;
	private final AtomicBoolean closed = new AtomicBoolean();

	private Pidfd(long pid, int fd) {
		this.pid = pid;
		this.fd = fd;
	}

	/**
	 * The descriptor of the process that has this pid now.
	 *
	 * @throws UnixException when no process has it (errno ESRCH) or the kernel refuses
	 */
	public static Pidfd open(long pid) throws UnixException {
		if (pid <= 0 || pid > Integer.MAX_VALUE) {
			throw new UnixException("pidfd_open: " + pid + " is not a process id");
		}
		try {
			return new Pidfd(pid, (int) LibC.INSTANCE.syscall(LibC.SYS_PIDFD_OPEN, (int) pid, 0));
		} catch (LastErrorException e) {
			throw new UnixException("pidfd_open(" + pid + ")" + (e.getErrorCode() == ESRCH ? ": no such process" : ""), e);
		}
	}

	public long pid() {
		return pid;
	}

	/** Whether the process has exited (a zombie has); after this says false, {@link #pid()} is still this process. */
	public boolean hasExited() throws UnixException {
		Memory pollfd = new Memory(POLLFD_SIZE);
		pollfd.setInt(0, fd);
		pollfd.setShort(EVENTS_OFFSET, LibC.POLLIN);
		pollfd.setShort(REVENTS_OFFSET, (short) 0);
		while (true) {
			try {
				return LibC.INSTANCE.poll(pollfd, 1, 0) > 0;
			} catch (LastErrorException e) {
				if (e.getErrorCode() != LibC.EINTR) {
					throw new UnixException("poll(pidfd of " + pid + ")", e);
				}
			}
		}
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			UnixSocket.closeQuietly(fd);
		}
	}

	@Override
	public String toString() {
		return "pidfd of process " + pid;
	}
}
