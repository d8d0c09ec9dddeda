package org.vtpmconsole.agent.process;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Waiting for and stopping the agent's children (swtpm, QEMU) the same way everywhere. */
public final class ChildProcesses {

	private ChildProcesses() {
	}

	/** @return whether the process ended within the time; false (with the interrupt flag kept) if interrupted */
	public static boolean awaitExit(Process process, long millis) {
		try {
			return process.waitFor(millis, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** SIGTERM, so the child can save its state; SIGKILL only if it has not ended after {@code graceMillis}. */
	public static void stop(Process process, long graceMillis) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!awaitExit(process, graceMillis)) {
			process.destroyForcibly();
			awaitExit(process, graceMillis);
		}
	}

	/** A short pause while polling a starting child; an interrupt ends the start with an IOException. */
	public static void pause(long millis, String starting) throws IOException {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while starting " + starting, e);
		}
	}
}
