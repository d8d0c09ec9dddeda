package org.vtpmconsole.agent.unix;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;

/**
 * A child started with posix_spawn: chosen descriptors of the agent become the child's descriptors 0, 1, 2, 3 ...,
 * every other descriptor is closed in the child (closefrom), the environment is empty, signal dispositions and
 * mask are the defaults. ProcessBuilder cannot hand a child a descriptor above 2; swtpm's control channel needs one.
 * One daemon thread waits for the child's exit; the child is reaped (and its pid may be reused) only under this
 * object's lock, so a signal from {@link #destroy()} never reaches another process.
 */
public final class SpawnedProcess {
	private static final LibC C = LibC.INSTANCE;
	private static final long POLL_MILLIS = 5;

	private final int pid;
	private Integer exitCode;

	private SpawnedProcess(int pid) {
		this.pid = pid;
	}

	/**
	 * @param argv        {@code argv[0]} is the absolute path of the executable (no PATH search)
	 * @param descriptors the child's descriptor number to the agent's descriptor it gets a copy of
	 */
	public static SpawnedProcess spawn(List<String> argv, Map<Integer, Integer> descriptors) throws IOException {
		if (!argv.get(0).startsWith("/")) {
			throw new IllegalArgumentException("not an absolute executable path: " + argv.get(0));
		}
		Memory actions = new Memory(LibC.SPAWN_ACTIONS_SIZE);
		Memory attributes = new Memory(LibC.SPAWN_ATTRIBUTES_SIZE);
		require("posix_spawn_file_actions_init", C.posix_spawn_file_actions_init(actions));
		require("posix_spawnattr_init", C.posix_spawnattr_init(attributes));
		try {
			int highest = -1;
			// ascending: the agent's descriptors are above 2, so no copy onto 0-2 overwrites a source still needed
			for (Map.Entry<Integer, Integer> descriptor : new TreeMap<>(descriptors).entrySet()) {
				require("posix_spawn_file_actions_adddup2",
						C.posix_spawn_file_actions_adddup2(actions, descriptor.getValue(), descriptor.getKey()));
				highest = Math.max(highest, descriptor.getKey());
			}
			// every other descriptor of the JVM (other VMs' sockets, the host TPM's) stays out of the child
			require("posix_spawn_file_actions_addclosefrom_np",
					C.posix_spawn_file_actions_addclosefrom_np(actions, Math.max(highest + 1, 3)));
			Memory empty = new Memory(LibC.SIGSET_SIZE);
			Memory all = new Memory(LibC.SIGSET_SIZE);
			C.sigemptyset(empty);
			C.sigfillset(all);
			require("posix_spawnattr_setsigmask", C.posix_spawnattr_setsigmask(attributes, empty));
			require("posix_spawnattr_setsigdefault", C.posix_spawnattr_setsigdefault(attributes, all));
			require("posix_spawnattr_setflags", C.posix_spawnattr_setflags(attributes,
					(short) (LibC.POSIX_SPAWN_SETSIGMASK | LibC.POSIX_SPAWN_SETSIGDEF)));
			int[] pid = new int[1];
			int error = C.posix_spawn(pid, argv.get(0), actions, attributes, argv.toArray(String[]::new),
					new String[0]);
			if (error != 0) {
				throw new UnixException("posix_spawn " + argv.get(0) + " failed: errno " + error);
			}
			SpawnedProcess process = new SpawnedProcess(pid[0]);
			Thread waiter = new Thread(process::awaitAndReap, "reaper " + argv.get(0) + " " + pid[0]);
			waiter.setDaemon(true);
			waiter.start();
			return process;
		} finally {
			C.posix_spawn_file_actions_destroy(actions);
			C.posix_spawnattr_destroy(attributes);
		}
	}

	private static void require(String call, int error) throws UnixException {
		if (error != 0) {
			throw new UnixException(call + " failed: errno " + error);
		}
	}

	/** Waits for the exit without reaping (WNOWAIT), then reaps under the lock that {@link #signal} takes too. */
	private void awaitAndReap() {
		Memory info = new Memory(LibC.SIGINFO_SIZE);
		while (true) {
			try {
				C.waitid(LibC.P_PID, pid, info, LibC.WEXITED | LibC.WNOWAIT);
				break;
			} catch (LastErrorException e) {
				if (e.getErrorCode() != LibC.EINTR) {
					break;
				}
			}
		}
		synchronized (this) {
			int[] status = new int[1];
			try {
				C.waitpid(pid, status, 0);
				int signal = status[0] & 0x7f;
				exitCode = signal == 0 ? (status[0] >> 8) & 0xff : 128 + signal;
			} catch (LastErrorException e) {
				exitCode = -1;
			}
			notifyAll();
		}
	}

	public long pid() {
		return pid;
	}

	public synchronized boolean isAlive() {
		return exitCode == null;
	}

	/** The exit status (128 + signal number when a signal ended it). */
	public synchronized int exitValue() {
		if (exitCode == null) {
			throw new IllegalStateException("process " + pid + " is still running");
		}
		return exitCode;
	}

	/** @return whether the process ended within the time; false (with the interrupt flag kept) if interrupted */
	public synchronized boolean awaitExit(long millis) {
		long deadline = System.nanoTime() + millis * 1_000_000;
		while (exitCode == null) {
			long left = (deadline - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				return false;
			}
			try {
				wait(Math.min(left, POLL_MILLIS * 20));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** SIGTERM, so the child can save its state; SIGKILL only if it has not ended after {@code graceMillis}. */
	public void stop(long graceMillis) {
		signal(LibC.SIGTERM);
		if (!awaitExit(graceMillis)) {
			signal(LibC.SIGKILL);
			awaitExit(graceMillis);
		}
	}

	private synchronized void signal(int signal) {
		if (exitCode == null) {
			try {
				C.kill(pid, signal);
			} catch (LastErrorException e) {
				// ended in between; the waiter reaps it
			}
		}
	}
}
