package org.vtpmconsole.lab.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash clean-up signals only the lab's own processes: a PID file that names an unrelated process (a PID reused after
 * a crash) leaves it running, a process whose command line names a path inside the lab is stopped, and a path that
 * merely starts like the lab's directory is not inside it.
 */
class LabProcessesTest {
	@TempDir
	Path dir;

	@Test
	void aReusedPidIsNeverSignalled() throws Exception {
		LabLayout layout = new LabLayout(dir.resolve("lab"));
		Files.createDirectories(layout.pids());
		Process unrelated = new ProcessBuilder("sleep", "300").start();
		try {
			// as if the lab's agent had died and the kernel had given its PID to this process
			Files.writeString(layout.pids().resolve("agent-1.pid"), unrelated.pid() + "\n");
			LabProcesses processes = new LabProcesses(layout);
			assertTrue(processes.running("agent-1").isEmpty());
			processes.stopAll();
			assertTrue(unrelated.isAlive(), "an unrelated process was killed by lab clean-up");
			assertFalse(Files.exists(layout.pids().resolve("agent-1.pid")), "the stale PID file stays behind");
		} finally {
			unrelated.destroyForcibly().waitFor();
		}
	}

	@Test
	void leftoversNamingTheLabAreStoppedOthersNot() throws Exception {
		LabLayout layout = new LabLayout(dir.resolve("lab"));
		Files.createDirectories(layout.dir().resolve("h1"));
		// a process the lab started and lost track of (no PID file) and one in a sibling directory "lab2"
		Process ours = sleeperNaming(layout.dir().resolve("h1/marker"));
		Process sibling = sleeperNaming(dir.resolve("lab2/h1/marker"));
		try {
			LabProcesses processes = new LabProcesses(layout);
			assertTrue(processes.isOurs(ours.pid()));
			assertFalse(processes.isOurs(sibling.pid()));
			assertEquals(List.of(ours.pid()), processes.leftovers());
			assertEquals(1, processes.stopAll());
			assertTrue(ours.waitFor(10, TimeUnit.SECONDS));
			assertTrue(sibling.isAlive());
		} finally {
			ours.destroyForcibly().waitFor();
			sibling.destroyForcibly().waitFor();
		}
	}

	/** A process with {@code path} on its command line, as swtpm and QEMU have their state and image paths. */
	private static Process sleeperNaming(Path path) throws Exception {
		return new ProcessBuilder("/usr/bin/python3", "-c", "import time; time.sleep(300)", path.toString()).start();
	}
}
