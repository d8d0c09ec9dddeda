package org.vtpmconsole.agent.unix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few libc calls Java's own unix-domain channels and process handles lack: SO_PEERCRED's PID, SCM_RIGHTS, poll,
 * pidfd_open, and spawning a child with chosen descriptors and an empty environment (posix_spawn), which
 * ProcessBuilder cannot do. Every call throws {@link LastErrorException} carrying errno when it fails. Structures are
 * laid out for LP64 Linux (x86_64, aarch64), the only platforms the agent ships for.
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
	int O_WRONLY = 01;
	int O_CREAT = 0100;
	int O_APPEND = 02000;
	int O_NOFOLLOW = 0400000;
	int O_CLOEXEC = 02000000;
	int SIGTERM = 15;
	int SIGKILL = 9;
	int P_PID = 1;
	int WEXITED = 4;
	int WNOWAIT = 0x01000000;
	short POSIX_SPAWN_SETSIGDEF = 0x04;
	short POSIX_SPAWN_SETSIGMASK = 0x08;
	int PR_SET_DUMPABLE = 4;
	int RLIMIT_CORE = 4;
	/** glibc's posix_spawn_file_actions_t is 80 bytes, posix_spawnattr_t 336, sigset_t 128 (x86_64, aarch64). */
	int SPAWN_ACTIONS_SIZE = 80;
	int SPAWN_ATTRIBUTES_SIZE = 336;
	int SIGSET_SIZE = 128;
	int SIGINFO_SIZE = 128;

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

	int open(String path, int flags, int mode) throws LastErrorException;

	int pipe2(int[] fds, int flags) throws LastErrorException;

	long write(int fd, byte[] buffer, long length) throws LastErrorException;

	int kill(int pid, int signal) throws LastErrorException;

	int waitid(int idType, int id, Pointer info, int options) throws LastErrorException;

	int waitpid(int pid, int[] status, int options) throws LastErrorException;

	int prctl(int option, long arg2, long arg3, long arg4, long arg5) throws LastErrorException;

	int setrlimit(int resource, long[] limit) throws LastErrorException;

	int geteuid();

	// posix_spawn and its helpers return an error number instead of setting errno
	int posix_spawn(int[] pid, String path, Pointer fileActions, Pointer attributes, String[] argv, String[] envp);

	int posix_spawn_file_actions_init(Pointer fileActions);

	int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd);

	int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int from);

	int posix_spawn_file_actions_destroy(Pointer fileActions);

	int posix_spawnattr_init(Pointer attributes);

	int posix_spawnattr_setflags(Pointer attributes, short flags);

	int posix_spawnattr_setsigmask(Pointer attributes, Pointer mask);

	int posix_spawnattr_setsigdefault(Pointer attributes, Pointer signals);

	int posix_spawnattr_destroy(Pointer attributes);

	int sigemptyset(Pointer set);

	int sigfillset(Pointer set);
}
