package org.vtpmconsole.agent.unix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few libc calls Java's own unix-domain channels and process handles lack (SO_PEERCRED's PID, SCM_RIGHTS, poll,
 * pidfd_open). Every call throws {@link LastErrorException} carrying errno when it fails. Structures are laid out for
 * LP64 Linux (x86_64, aarch64), the only platforms the agent ships for.
 */
interface LibC extends Library {
	LibC INSTANCE = Native.load("c", LibC.class);

	int AF_UNIX = 1;
	int SOCK_STREAM = 1;
	int SOCK_CLOEXEC = 0x80000;
	int SOL_SOCKET = 1;
	int SO_PEERCRED = 17;
	int SCM_RIGHTS = 1;
	int SHUT_RDWR = 2;
	int MSG_NOSIGNAL = 0x4000;
	int MSG_CMSG_CLOEXEC = 0x40000000;
	int EINTR = 4;
	short POLLIN = 0x1;
	/** pidfd_open(2)'s number on x86_64 and aarch64 alike (the generic syscall table). */
	long SYS_PIDFD_OPEN = 434;

	int socket(int domain, int type, int protocol) throws LastErrorException;

	int socketpair(int domain, int type, int protocol, int[] fds) throws LastErrorException;

	int bind(int fd, Pointer address, int length) throws LastErrorException;

	int listen(int fd, int backlog) throws LastErrorException;

	int accept4(int fd, Pointer address, Pointer length, int flags) throws LastErrorException;

	int connect(int fd, Pointer address, int length) throws LastErrorException;

	int getsockopt(int fd, int level, int option, Pointer value, int[] length) throws LastErrorException;

	long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

	long recvmsg(int fd, Pointer message, int flags) throws LastErrorException;

	int shutdown(int fd, int how) throws LastErrorException;

	int close(int fd) throws LastErrorException;

	/** {@code fds} is an array of {@code struct pollfd} (int fd; short events; short revents), 8 bytes each. */
	int poll(Pointer fds, int count, int timeoutMillis) throws LastErrorException;

	long syscall(long number, Object... args) throws LastErrorException;
}
