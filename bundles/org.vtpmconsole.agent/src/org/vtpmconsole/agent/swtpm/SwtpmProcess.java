package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.vtpmconsole.agent.process.ChildProcesses;
import org.vtpmconsole.agent.unix.UnixException;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * One per-VM swtpm ({@code swtpm socket --tpm2}) on a state directory, encrypted with the VM's state key. The key
 * reaches swtpm only through its standard input ({@code --key fd=0}), never a file or the command line (SPEC §5).
 * swtpm has no data socket of its own: its data channel is handed to it with CMD_SET_DATAFD.
 */
public final class SwtpmProcess implements AutoCloseable {
	private static final long START_TIMEOUT_MILLIS = 10_000;
	private static final long STOP_TIMEOUT_MILLIS = 5_000;
	private static final int ENOENT = 2;
	private static final int ECONNREFUSED = 111;
	/** swtpm 0.7.1's file names for a TPM 2.0 state (tpm_number 0); only their presence is looked at, never inside. */
	private static final String PERMANENT_STATE_FILE = "tpm2-00.permall";
	private static final String VOLATILE_STATE_FILE = "tpm2-00.volatilestate";

	private final Process process;
	private final Path controlSocket;
	private final Path logFile;

	private SwtpmProcess(Process process, Path controlSocket, Path logFile) {
		this.process = process;
		this.controlSocket = controlSocket;
		this.logFile = logFile;
	}

	/**
	 * Starts swtpm and waits for its control socket. The TPM stays off until CMD_INIT (from QEMU, or from the agent
	 * for a vTPM without a guest), and swtpm exits on CMD_SHUTDOWN.
	 *
	 * @param stateDir      the vTPM state (absolute: swtpm resolves relative paths against its own directory)
	 * @param runDir        where the control socket, log and pid file go
	 */
	public static SwtpmProcess start(Path stateDir, Path runDir, StateKey key) throws IOException {
		Path state = stateDir.toAbsolutePath();
		Path run = runDir.toAbsolutePath();
		Files.createDirectories(run);
		Path controlSocket = run.resolve("swtpm.ctrl");
		Path logFile = run.resolve("swtpm.log");
		Files.deleteIfExists(controlSocket);
		List<String> command = List.of("swtpm", "socket", "--tpm2", "--tpmstate", "dir=" + state,
				"--ctrl", "type=unixio,path=" + controlSocket, "--key", "fd=0,format=binary,mode=aes-256-cbc", "--log",
				"file=" + logFile + ",level=1", "--pid", "file=" + run.resolve("swtpm.pid"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("swtpm.out").toFile())).start();
		SwtpmProcess swtpm = new SwtpmProcess(process, controlSocket, logFile);
		try {
			feedKey(process, key);
			swtpm.openControlChannel().close();
			return swtpm;
		} catch (IOException | RuntimeException e) {
			swtpm.close();
			throw e;
		}
	}

	private static void feedKey(Process process, StateKey key) throws IOException {
		byte[] bytes = key.bytes();
		try (OutputStream stdin = process.getOutputStream()) {
			stdin.write(bytes);
		} finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	/** Whether swtpm has written a TPM's permanent state into the directory (without it, it would make a new TPM). */
	public static boolean holdsPermanentState(Path stateDir) {
		return Files.isRegularFile(stateDir.resolve(PERMANENT_STATE_FILE));
	}

	/** Whether swtpm holds a stored volatile state there, which the next CMD_INIT resumes from. */
	public static boolean holdsVolatileState(Path stateDir) {
		return Files.isRegularFile(stateDir.resolve(VOLATILE_STATE_FILE));
	}

	/**
	 * Connects to swtpm's control channel, waiting while swtpm is still starting (the socket file appears at bind,
	 * before swtpm listens). swtpm serves one control client at a time.
	 */
	public UnixSocket openControlChannel() throws IOException {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
		while (true) {
			if (!process.isAlive()) {
				throw new IOException("swtpm exited with code " + process.exitValue() + ": " + logTail());
			}
			try {
				return UnixSocket.connect(controlSocket);
			} catch (UnixException e) {
				if (e.errno() != ENOENT && e.errno() != ECONNREFUSED || System.currentTimeMillis() > deadline) {
					throw e;
				}
			}
			ChildProcesses.pause(2, "swtpm");
		}
	}

	/** Waits for swtpm to exit by itself (after CMD_SHUTDOWN); true if it did. */
	public boolean awaitExit(long millis) {
		return ChildProcesses.awaitExit(process, millis);
	}

	/** The end of swtpm's log and output, for error messages (swtpm never logs the key). */
	public String logTail() {
		StringBuilder text = new StringBuilder();
		for (Path file : List.of(logFile, logFile.resolveSibling("swtpm.out"))) {
			try {
				String content = Files.exists(file) ? Files.readString(file) : "";
				text.append(content.length() > 1000 ? content.substring(content.length() - 1000) : content);
			} catch (IOException e) {
				// a missing log is no reason to hide the original failure
			}
		}
		return text.toString().strip();
	}

	/** Stops swtpm: SIGTERM (swtpm saves its state and exits), then SIGKILL if it hangs. */
	@Override
	public void close() {
		ChildProcesses.stop(process, STOP_TIMEOUT_MILLIS);
	}
}
