package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The uid this test JVM runs as: the one a test registers for a QEMU it starts itself, as the agent would. */
final class AgentUid {

	private AgentUid() {
	}

	static int current() {
		try {
			return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read this process's uid", e);
		}
	}
}
