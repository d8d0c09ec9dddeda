package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.agent.process.ChildProcesses;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostProcess;

/**
 * A running QEMU with its QMP connection: one started from a {@link QemuLaunch}, or one a killed agent left behind
 * and this agent adopted ({@link #adopt}), whose guest has lost its vTPM. {@link #close()} always leaves no process
 * behind: QMP quit, then SIGTERM, then SIGKILL.
 */
public final class QemuProcess implements AutoCloseable {
	private static final long QMP_TIMEOUT_MILLIS = 15_000;
	private static final long EXIT_TIMEOUT_MILLIS = 5_000;

	private final HostProcess process;
	private final Path output;
	private final boolean adopted;
	private QmpClient qmp;
	private String accelerator;

	private QemuProcess(HostProcess process, Path output, boolean adopted) {
		this.process = process;
		this.output = output;
		this.adopted = adopted;
	}

	/** Told the pid of a QEMU just started, before QEMU gets far enough to connect its vTPM. */
	@FunctionalInterface
	public interface StartListener {
		void started(long pid) throws IOException;

		StartListener NONE = pid -> {
		};
	}

	/**
	 * Starts QEMU confined (its own uid, no core dumps) with an empty environment, tells {@code listener} its pid (the
	 * gateway serves only the process it was told of; the confinement wrappers exec in place, so the pid is QEMU's),
	 * connects to its QMP socket and asks it which accelerator it really uses. ProcessBuilder closes every descriptor
	 * above 2 in the child.
	 *
	 * @throws IOException with QEMU's own words when it exits during start-up (e.g. because the gateway refused
	 *                     it its vTPM)
	 */
	public static QemuProcess start(QemuLaunch launch, Confinement confinement, StartListener listener)
			throws IOException {
		return start(launch, confinement, List.of(), listener);
	}

	/**
	 * As {@link #start(QemuLaunch, Confinement, StartListener)}, with arguments after the launch's own:
	 * {@code -incoming defer} for a QEMU that is to receive the VM's state (QMP {@code migrate-incoming}).
	 */
	public static QemuProcess start(QemuLaunch launch, Confinement confinement, List<String> extraArguments,
			StartListener listener) throws IOException {
		Files.createDirectories(VmConfinement.qemuDir(launch.runDir()));
		Files.deleteIfExists(launch.qmpSocket());
		List<String> program = new ArrayList<>(launch.commandLine());
		program.addAll(extraArguments);
		ProcessBuilder builder = new ProcessBuilder(confinement.command(program)).redirectErrorStream(true)
				.redirectOutput(launch.output().toFile());
		// the agent's environment may hold the API identity's password (tls.password.env)
		builder.environment().clear();
		Process child = builder.start();
		child.getOutputStream().close();
		QemuProcess qemu = new QemuProcess(new HostProcess(child.pid()), launch.output(), false);
		try {
			listener.started(child.pid());
			qemu.qmp = qemu.connectQmp(child, launch.qmpSocket());
			qemu.accelerator = qemu.queryAccelerator();
			return qemu;
		} catch (IOException | RuntimeException e) {
			qemu.close();
			throw e;
		}
	}

	/**
	 * Takes over a QEMU a previous agent started, through its QMP socket. Its vTPM channel ended with that agent and
	 * QEMU cannot reconnect it, so the guest runs without its vTPM until it is stopped and started again.
	 */
	static QemuProcess adopt(HostProcess process, Path runDir) throws IOException {
		QemuProcess qemu = new QemuProcess(process, runDir.resolve("qemu.out"), true);
		qemu.qmp = QmpClient.connect(QemuLaunch.qmpSocketIn(runDir));
		try {
			qemu.accelerator = qemu.queryAccelerator();
			return qemu;
		} catch (IOException | RuntimeException e) {
			qemu.qmp.close();
			throw e;
		}
	}

	private QmpClient connectQmp(Process child, Path socket) throws IOException {
		long deadline = System.currentTimeMillis() + QMP_TIMEOUT_MILLIS;
		IOException last = null;
		while (System.currentTimeMillis() < deadline) {
			if (!child.isAlive()) {
				throw new IOException("QEMU exited with code " + child.exitValue() + ": " + output());
			}
			if (Files.exists(socket)) {
				try {
					return QmpClient.connect(socket);
				} catch (IOException e) {
					last = e;
				}
			}
			ChildProcesses.pause(20, "QEMU");
		}
		throw new IOException("QEMU's QMP socket did not answer within " + QMP_TIMEOUT_MILLIS + " ms"
				+ (last == null ? "" : ": " + last.getMessage()));
	}

	/** QMP query-kvm: KVM is in use only when QEMU says it is enabled, whatever was asked for. */
	private String queryAccelerator() throws IOException {
		return qmp.execute("query-kvm").path("enabled").asBoolean() ? Accelerator.KVM_NAME : Accelerator.TCG_NAME;
	}

	public QmpClient qmp() {
		return qmp;
	}

	public long pid() {
		return process.pid();
	}

	/** {@code kvm} or {@code tcg}, as QEMU reported it. */
	public String accelerator() {
		return accelerator;
	}

	/** Whether this QEMU was left behind by a killed agent, so its guest has no vTPM any more. */
	public boolean vtpmLost() {
		return adopted;
	}

	public boolean isAlive() {
		return process.isRunning();
	}

	/** QEMU's combined output so far (start-up errors land here). */
	public String output() {
		try {
			return Files.readString(output).strip();
		} catch (IOException e) {
			return "(no output)";
		}
	}

	/** Waits for QEMU to exit by itself; true if it did. */
	public boolean awaitExit(long millis) {
		return process.awaitExit(millis);
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
			process.stop(EXIT_TIMEOUT_MILLIS);
		}
	}
}
