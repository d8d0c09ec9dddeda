package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.file.Files;

import org.vtpmconsole.agent.process.ChildProcesses;

/**
 * A running QEMU started from a {@link QemuLaunch}, with its QMP connection. {@link #close()} always leaves no
 * process behind: QMP quit, then SIGTERM, then SIGKILL.
 */
public final class QemuProcess implements AutoCloseable {
	private static final long QMP_TIMEOUT_MILLIS = 15_000;
	private static final long EXIT_TIMEOUT_MILLIS = 5_000;

	private final Process process;
	private final QemuLaunch launch;
	private QmpClient qmp;

	private QemuProcess(Process process, QemuLaunch launch) {
		this.process = process;
		this.launch = launch;
	}

	/**
	 * Starts QEMU and connects to its QMP socket.
	 *
	 * @throws IOException with QEMU's own words when it exits during start-up (e.g. because the gateway refused
	 *                     it its vTPM)
	 */
	public static QemuProcess start(QemuLaunch launch) throws IOException {
		Files.createDirectories(launch.runDir());
		Files.deleteIfExists(launch.qmpSocket());
		Process process = new ProcessBuilder(launch.commandLine()).redirectErrorStream(true)
				.redirectOutput(launch.output().toFile()).start();
		process.getOutputStream().close();
		QemuProcess qemu = new QemuProcess(process, launch);
		try {
			qemu.qmp = qemu.connectQmp();
			return qemu;
		} catch (IOException | RuntimeException e) {
			qemu.close();
			throw e;
		}
	}

	private QmpClient connectQmp() throws IOException {
		long deadline = System.currentTimeMillis() + QMP_TIMEOUT_MILLIS;
		IOException last = null;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("QEMU exited with code " + process.exitValue() + ": " + output());
			}
			if (Files.exists(launch.qmpSocket())) {
				try {
					return QmpClient.connect(launch.qmpSocket());
				} catch (IOException e) {
					last = e;
				}
			}
			ChildProcesses.pause(20, "QEMU");
		}
		throw new IOException("QEMU's QMP socket did not answer within " + QMP_TIMEOUT_MILLIS + " ms"
				+ (last == null ? "" : ": " + last.getMessage()));
	}

	public QmpClient qmp() {
		return qmp;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** QEMU's combined output so far (start-up errors land here). */
	public String output() {
		try {
			return Files.readString(launch.output()).strip();
		} catch (IOException e) {
			return "(no output)";
		}
	}

	/** Waits for QEMU to exit by itself; true if it did. */
	public boolean awaitExit(long millis) {
		return ChildProcesses.awaitExit(process, millis);
	}

	/** QMP quit (QEMU tells swtpm CMD_SHUTDOWN and exits), escalating to signals if QEMU does not go. */
	@Override
	public void close() {
		if (qmp != null) {
			try {
				qmp.execute("quit");
			} catch (IOException e) {
				// QEMU may close QMP before answering quit; the exit below is what counts
			}
			qmp.close();
		}
		if (!awaitExit(EXIT_TIMEOUT_MILLIS)) {
			ChildProcesses.stop(process, EXIT_TIMEOUT_MILLIS);
		}
	}
}
