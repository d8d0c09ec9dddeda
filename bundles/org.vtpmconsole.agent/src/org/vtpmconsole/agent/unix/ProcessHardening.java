package org.vtpmconsole.agent.unix;

import com.sun.jna.LastErrorException;

/**
 * What the agent does to its own process so that its memory (state keys, identity keys) cannot be read through a
 * core dump or by another process of its uid through /proc or ptrace.
 */
public final class ProcessHardening {
	private static final LibC C = LibC.INSTANCE;

	private ProcessHardening() {
	}

	/**
	 * RLIMIT_CORE 0 (no core file on a crash) and PR_SET_DUMPABLE 0 (no core, no ptrace attach and /proc/self owned
	 * by root for processes of the same uid).
	 */
	public static void noCoreDumps() throws UnixException {
		try {
			C.setrlimit(LibC.RLIMIT_CORE, new long[] { 0, 0 });
			C.prctl(LibC.PR_SET_DUMPABLE, 0, 0, 0, 0);
		} catch (LastErrorException e) {
			throw new UnixException("turning core dumps off", e);
		}
	}

	/** Whether the agent runs with uid 0, which running VMs under their own uids needs. */
	public static boolean isRoot() {
		return C.geteuid() == 0;
	}
}
