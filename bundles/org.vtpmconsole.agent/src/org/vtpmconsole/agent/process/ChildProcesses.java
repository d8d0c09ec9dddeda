package org.vtpmconsole.agent.process;

import java.io.IOException;

/** Polling a starting child of the agent (QEMU's QMP socket) the same way everywhere. */
public final class ChildProcesses {

	private ChildProcesses() {
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
