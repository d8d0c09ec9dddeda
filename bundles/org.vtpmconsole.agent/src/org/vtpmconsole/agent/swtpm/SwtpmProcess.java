package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.agent.unix.ChildDescriptors;
import org.vtpmconsole.agent.unix.SpawnedProcess;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * One per-VM swtpm ({@code swtpm socket --tpm2}) on a state directory, encrypted with the VM's state key. The key
 * reaches swtpm only through a pipe on its standard input ({@code --key fd=0}), never a file or the command line
 * (SPEC §5). Its control channel is one end of a socket pair handed to it as descriptor 3 ({@code --ctrl
 * type=unixio,clientfd=3}); the agent keeps the other end for swtpm's whole life, so there is no socket in the file
 * system that another process could connect to or race for. swtpm has no data socket of its own either: its data
 * channel is handed to it with CMD_SET_DATAFD. It runs {@link Confinement confined} with an empty environment, and
 * writes its log to a file the agent opened for it.
 */
public final class SwtpmProcess implements AutoCloseable {
	private static final long STOP_TIMEOUT_MILLIS = 5_000;
	private static final int KEY_FD = 0;
	private static final int LOG_FD = 1;
	private static final int CONTROL_FD = 3;
	/** swtpm 0.7.1's file names for a TPM 2.0 state (tpm_number 0); only their presence is looked at, never inside. */
	private static final String PERMANENT_STATE_FILE = "tpm2-00.permall";
	private static final String VOLATILE_STATE_FILE = "tpm2-00.volatilestate";
	/** The pid file LeftoverProcesses reads; the agent writes it, swtpm writes nothing outside its state. */
	public static final String PID_FILE = "swtpm.pid";

	private final SpawnedProcess process;
	private final UnixSocket control;
	private final Path logFile;

	private SwtpmProcess(SpawnedProcess process, UnixSocket control, Path logFile) {
		this.process = process;
		this.control = control;
		this.logFile = logFile;
	}

	/** {@link #start(Path, Path, StateKey, Confinement)} under the agent's own uid: for a swtpm of no VM. */
	public static SwtpmProcess start(Path stateDir, Path runDir, StateKey key) throws IOException {
		return start(stateDir, runDir, key, Confinement.agentUid(HostTools.system()));
	}

	/**
	 * Starts swtpm. The TPM stays off until CMD_INIT (from QEMU, or from the agent for a vTPM without a guest), and
	 * swtpm exits on CMD_SHUTDOWN; {@link #close()} stops it otherwise (swtpm 0.7.1 keeps running when its control
	 * client goes away, so an agent killed outright leaves it to the next agent's {@code LeftoverProcesses}).
	 *
	 * @param stateDir    the vTPM state (absolute: swtpm resolves relative paths against its own directory), which
	 *                    the confinement's uid must own
	 * @param runDir      where the agent keeps swtpm's log and pid file (swtpm itself never writes there)
	 * @param confinement the uid swtpm runs under and the tools to confine it with
	 */
	public static SwtpmProcess start(Path stateDir, Path runDir, StateKey key, Confinement confinement)
			throws IOException {
		Path state = stateDir.toAbsolutePath();
		Path run = runDir.toAbsolutePath();
		Files.createDirectories(run);
		Path logFile = run.resolve("swtpm.log");
		List<String> command = confinement.command(List.of(confinement.tools().swtpm().toString(), "socket",
				"--tpm2", "--tpmstate", "dir=" + state, "--ctrl", "type=unixio,clientfd=" + CONTROL_FD, "--key",
				"fd=" + KEY_FD + ",format=binary,mode=aes-256-cbc", "--log", "fd=" + LOG_FD + ",level=1"));
		UnixSocket[] pair = UnixSocket.pair();
		int keyPipe = -1;
		int log = -1;
		byte[] keyBytes = key.bytes();
		try {
			keyPipe = ChildDescriptors.pipeHolding(keyBytes);
			log = ChildDescriptors.appendTo(logFile);
			SpawnedProcess process = SpawnedProcess.spawn(command,
					Map.of(KEY_FD, keyPipe, LOG_FD, log, 2, log, CONTROL_FD, pair[1].fd()));
			SwtpmProcess swtpm = new SwtpmProcess(process, pair[0], logFile);
			try {
				Files.writeString(run.resolve(PID_FILE), process.pid() + "\n");
			} catch (IOException | RuntimeException e) {
				swtpm.close();
				throw e;
			}
			return swtpm;
		} catch (IOException | RuntimeException e) {
			pair[0].close();
			throw e;
		} finally {
			Arrays.fill(keyBytes, (byte) 0);
			// the child has its copies; ours would keep the pipe, the log and swtpm's end of the channel open
			ChildDescriptors.close(keyPipe, log);
			pair[1].close();
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
	 * The agent's one connection to swtpm's control channel, for as long as swtpm runs (swtpm serves one control
	 * client; closing this connection ends swtpm). Users do not close it: {@link #close()} does.
	 */
	public UnixSocket controlChannel() throws IOException {
		if (!process.isAlive()) {
			throw new IOException("swtpm exited with code " + process.exitValue() + ": " + logTail());
		}
		return control;
	}

	/** Waits for swtpm to exit by itself (after CMD_SHUTDOWN); true if it did. */
	public boolean awaitExit(long millis) {
		return process.awaitExit(millis);
	}

	/** The end of swtpm's log and output, for error messages (swtpm never logs the key). */
	public String logTail() {
		try {
			String content = Files.exists(logFile) ? Files.readString(logFile) : "";
			return (content.length() > 1000 ? content.substring(content.length() - 1000) : content).strip();
		} catch (IOException e) {
			// a missing log is no reason to hide the original failure
			return "";
		}
	}

	/** Stops swtpm: SIGTERM (swtpm saves its state and exits), then SIGKILL if it hangs; the channel closes. */
	@Override
	public void close() {
		process.stop(STOP_TIMEOUT_MILLIS);
		control.disconnect();
	}
}
