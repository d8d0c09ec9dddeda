package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes of one lab, known by PID files in {@code D/pids/} (and the QEMU pid files its agents write in
 * {@code run/qemu.pid}). A PID counts as the lab's only while {@code /proc/PID/cmdline} names a path inside D, so a
 * PID reused by an unrelated process after a crash is never signalled.
 */
final class LabProcesses {
	private static final long TERM_MILLIS = 30_000;
	private static final long KILL_MILLIS = 5_000;
	private static final String VTPMCTL_APPLICATION = "org.vtpmconsole.cli.vtpmctl";

	private final LabLayout layout;

	LabProcesses(LabLayout layout) {
		this.layout = layout;
	}

	/**
	 * Starts {@code command} in its own session (so a terminal's Ctrl-C reaches vtpmctl, not the lab), output to
	 * {@code logs/NAME.log}, and records its PID as {@code pids/NAME.pid}.
	 */
	Process start(String name, List<String> command) throws IOException {
		Files.createDirectories(layout.logs());
		LabLayout.privateDirectory(layout.pids());
		List<String> detached = new ArrayList<>(List.of("setsid"));
		detached.addAll(command);
		// setsid execs in place (the child is no process-group leader), so the PID is the command's
		Process process = new ProcessBuilder(detached).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve(name + ".log").toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
		Files.writeString(layout.pids().resolve(name + ".pid"), process.pid() + "\n");
		return process;
	}

	/** The PID of {@code name} if it still runs as this lab's process. */
	Optional<Long> running(String name) throws IOException {
		return pid(layout.pids().resolve(name + ".pid")).filter(this::isOurs);
	}

	/**
	 * Stops every process of the lab: first the agents (SIGTERM: they stop their VMs, whose vTPMs save their state),
	 * then the rest, then any QEMU a killed agent left, then — as the last net — any process whose command line
	 * still names D. Removes the PID files. Returns how many processes were stopped.
	 */
	int stopAll() throws IOException {
		int stopped = 0;
		List<Path> files = pidFiles();
		// agents first: stopping them stops their QEMUs cleanly
		for (Path file : files.stream().filter(f -> f.getFileName().toString().startsWith("agent-")).toList()) {
			stopped += stop(file);
		}
		for (Path file : pidFiles()) {
			stopped += stop(file);
		}
		for (Path file : qemuPidFiles()) {
			stopped += stop(file);
		}
		for (long pid : leftovers()) {
			stopped += stop(pid) ? 1 : 0;
		}
		return stopped;
	}

	private int stop(Path pidFile) throws IOException {
		Optional<Long> pid = pid(pidFile);
		int stopped = pid.isPresent() && isOurs(pid.get()) && stop(pid.get()) ? 1 : 0;
		Files.deleteIfExists(pidFile);
		return stopped;
	}

	private static boolean stop(long pid) {
		Optional<ProcessHandle> handle = ProcessHandle.of(pid);
		if (handle.isEmpty()) {
			return false;
		}
		handle.get().destroy();
		if (!awaitExit(handle.get(), TERM_MILLIS)) {
			handle.get().destroyForcibly();
			awaitExit(handle.get(), KILL_MILLIS);
		}
		return true;
	}

	private static boolean awaitExit(ProcessHandle handle, long millis) {
		try {
			handle.onExit().get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		} catch (java.util.concurrent.TimeoutException e) {
			return false;
		} catch (java.util.concurrent.ExecutionException e) {
			return !handle.isAlive();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return !handle.isAlive();
		}
	}

	/** Whether any PID file or lab process is left (a crashed {@code up} or an earlier lab not brought down). */
	boolean anyLeft() throws IOException {
		return !pidFiles().isEmpty() || !leftovers().isEmpty();
	}

	private List<Path> pidFiles() throws IOException {
		if (!Files.isDirectory(layout.pids())) {
			return List.of();
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.pids(), "*.pid")) {
			List<Path> list = new ArrayList<>();
			files.forEach(list::add);
			return list;
		}
	}

	private List<Path> qemuPidFiles() throws IOException {
		try (Stream<Path> paths = Files.walk(layout.dir(), 5)) {
			return paths.filter(path -> path.getFileName().toString().equals("qemu.pid")).toList();
		}
	}

	/** Processes whose command line names a path inside D. */
	List<Long> leftovers() {
		return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(pid -> pid != ProcessHandle.current().pid())
				.filter(this::isOurs).toList();
	}

	private static Optional<Long> pid(Path file) throws IOException {
		try {
			return Optional.of(Long.parseLong(Files.readString(file).strip()));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (NumberFormatException e) {
			// a torn write by a killed vtpmctl: nothing to signal
			return Optional.empty();
		}
	}

	/** Whether {@code /proc/PID/cmdline} has an argument inside D (paths the lab and its agents put there). */
	boolean isOurs(long pid) {
		byte[] cmdline;
		try {
			cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
		} catch (IOException e) {
			return false;
		}
		String inside = layout.dir() + "/";
		List<String> args = List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
		if (args.contains(VTPMCTL_APPLICATION)) {
			// another vtpmctl on this lab (lab status, a second down) is a user's command, not the lab
			return false;
		}
		return args.stream().anyMatch(arg -> namesPathInside(arg, inside));
	}

	/** {@code /D/x}, {@code dir=/D/x}, {@code unix:/D/x}, {@code file=/D/x,...}: a path inside D as QEMU, swtpm and
	 * the agent write them, not merely a string that contains it. */
	private static boolean namesPathInside(String arg, String inside) {
		for (int at = arg.indexOf(inside); at >= 0; at = arg.indexOf(inside, at + 1)) {
			if (at == 0 || "=:,".indexOf(arg.charAt(at - 1)) >= 0) {
				return true;
			}
		}
		return false;
	}
}
