package org.vtpmconsole.agent.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A process known by its pid, seen through {@code /proc}: also one this JVM did not start, such as the QEMU and
 * swtpm a killed agent left behind. A zombie counts as ended: it runs nothing, and under an init that does not
 * reap orphans it would otherwise look alive forever.
 */
public record HostProcess(long pid) {
	private static final long POLL_MILLIS = 20;

	/** The process a pid file names, if the file holds a pid (QEMU and swtpm write it as decimal text). */
	public static Optional<HostProcess> fromPidFile(Path pidFile) throws IOException {
		String text;
		try {
			text = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(text);
			return pid > 1 ? Optional.of(new HostProcess(pid)) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	public boolean isRunning() {
		try {
			String stat = Files.readString(proc("stat"), StandardCharsets.UTF_8);
			// "PID (COMM) STATE ...": COMM may hold spaces and parentheses, so the state follows the last ')'
			char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
			return state != 'Z' && state != 'X';
		} catch (IOException | IndexOutOfBoundsException e) {
			return false;
		}
	}

	/** The arguments, {@code argv[0]} first; empty when the process has ended or may not be read. */
	public List<String> commandLine() {
		try {
			byte[] bytes = Files.readAllBytes(proc("cmdline"));
			String text = new String(bytes, StandardCharsets.UTF_8);
			return text.isEmpty() ? List.of() : Arrays.asList(text.split("\0"));
		} catch (IOException e) {
			return List.of();
		}
	}

	/** @return whether the process ended within the time; false (with the interrupt flag kept) if interrupted */
	public boolean awaitExit(long millis) {
		long deadline = System.nanoTime() + millis * 1_000_000;
		while (isRunning()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/** SIGTERM, so the process can save its state; SIGKILL if it has not ended after {@code graceMillis}. */
	public void stop(long graceMillis) {
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty() || !isRunning()) {
			return;
		}
		handle.get().destroy();
		if (!awaitExit(graceMillis)) {
			handle.get().destroyForcibly();
			awaitExit(graceMillis);
		}
	}

	private Path proc(String file) {
		return Path.of("/proc", Long.toString(pid), file);
	}
}
