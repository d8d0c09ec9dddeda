package org.vtpmconsole.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * A throwaway swtpm (TPM 2.0) for tests: started on a state directory with free TCP ports or a unix socket, already
 * powered on and started ({@code --flags not-need-init,startup-clear}; {@link #unstarted()} is not), killed on {@link #close()} and, as a last
 * resort, when the JVM exits. Its {@link #address()} is the TPM name the tpm bundle opens.
 *
 * <pre>
 * try (Swtpm tpm = Swtpm.tcp()) {
 * 	HostTpms.open(tpm.address()) ...
 * }
 * </pre>
 */
public final class Swtpm implements AutoCloseable {
	private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
	private static final long START_TIMEOUT_MILLIS = 10_000;
	private static final int PORT_ATTEMPTS = 5;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "swtpm-reaper"));
	}

	/** How the data channel is offered. */
	public enum Transport {
		TCP, UNIX
	}

	private final Transport transport;
	private final Path stateDir;
	private final boolean ownsStateDir;
	private final List<String> extraArgs;
	private final boolean started;
	private int port;
	private Process process;

	private Swtpm(Transport transport, Path stateDir, boolean ownsStateDir, boolean started, List<String> extraArgs) {
		this.transport = transport;
		this.stateDir = stateDir.toAbsolutePath();
		this.ownsStateDir = ownsStateDir;
		this.started = started;
		this.extraArgs = List.copyOf(extraArgs);
	}

	/**
	 * A fresh swtpm on TCP with its own temporary state directory (deleted on close). Any local process can connect
	 * to it: only for tests that need TCP; {@link #unix()} is the default for a host TPM.
	 */
	public static Swtpm tcp() {
		return start(Transport.TCP, null);
	}

	/**
	 * A fresh swtpm on a unix socket of mode 0600 in its own temporary state directory (0700, deleted on close), so
	 * only the tests' uid can use it, as only the agent may use the host TPM.
	 */
	public static Swtpm unix() {
		return start(Transport.UNIX, null);
	}

	/**
	 * A fresh swtpm on TCP that is not powered on: it waits for CMD_INIT on its control channel, as for QEMU's
	 * {@code -tpmdev emulator}, and answers TPM commands with TPM_RC_FAILURE until then.
	 */
	public static Swtpm unstarted() {
		return launchNew(Transport.TCP, null, false);
	}

	/**
	 * A swtpm on {@code stateDir} (kept on close, so a later instance can reuse the state), or on a temporary directory
	 * when null; {@code extraArgs} are appended to the swtpm command line (e.g. {@code --key ...}).
	 */
	public static Swtpm start(Transport transport, Path stateDir, String... extraArgs) {
		return launchNew(transport, stateDir, true, extraArgs);
	}

	private static Swtpm launchNew(Transport transport, Path stateDir, boolean started, String... extraArgs) {
		boolean temporary = stateDir == null;
		try {
			Path dir = temporary ? Files.createTempDirectory("swtpm-") : Files.createDirectories(stateDir);
			Swtpm swtpm = new Swtpm(transport, dir, temporary, started, List.of(extraArgs));
			swtpm.launchWithFreePort();
			return swtpm;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot prepare a swtpm state directory", e);
		}
	}

	/** The TPM name: {@code swtpm:127.0.0.1:PORT} or {@code swtpm-unix:/abs/path/swtpm.sock}. */
	public String address() {
		return transport == Transport.TCP ? "swtpm:127.0.0.1:" + port : "swtpm-unix:" + dataSocket();
	}

	/** TCP data port (control channel on +1); 0 for a unix-socket instance. */
	public int port() {
		return transport == Transport.TCP ? port : 0;
	}

	/**
	 * A connection with the authValue of RSA_local and RSA_mig from {@link #keyAuthorizationFile()} (created on first
	 * use), as the agent opens its TPM.
	 */
	public TssHostTpm openHostTpm() throws TpmException {
		return openHostTpm(address(), keyAuthorizationFile());
	}

	/** A connection to {@code address} with the key authorization secret in {@code file}, created when missing. */
	public static TssHostTpm openHostTpm(String address, Path file) throws TpmException {
		return HostTpms.open(address, KeyAuthorization.loadOrCreate(file, new SecureRandom()));
	}

	/** Where this throwaway TPM's key authorization secret lives: beside its state, deleted with it. */
	public Path keyAuthorizationFile() {
		return stateDir.resolve(KeyAuthorization.FILE_NAME);
	}

	public Path stateDir() {
		return stateDir;
	}

	public Path dataSocket() {
		return stateDir.resolve("swtpm.sock");
	}

	public Path controlSocket() {
		return stateDir.resolve("swtpm.ctrl");
	}

	public Path logFile() {
		return stateDir.resolve("swtpm.log");
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	/**
	 * Stops swtpm and starts it again on the same state and address, like a host reboot: persistent keys and NV
	 * survive, PCRs and loaded objects do not.
	 */
	public void restart() {
		stopProcess();
		launch();
	}

	/** Stops swtpm (SIGTERM, then SIGKILL) and deletes the state directory if this instance created it. */
	@Override
	public void close() {
		stopProcess();
		if (ownsStateDir)
			deleteRecursively(stateDir);
	}

	private void launchWithFreePort() {
		IllegalStateException last = null;
		for (int attempt = 0; attempt < (transport == Transport.TCP ? PORT_ATTEMPTS : 1); attempt++) {
			if (transport == Transport.TCP)
				port = freePortPair();
			try {
				launch();
				return;
			} catch (IllegalStateException e) {
				// another process may have taken the port between our probe and swtpm's bind
				last = e;
			}
		}
		throw last;
	}

	private void launch() {
		List<String> command = new ArrayList<>(List.of("swtpm", "socket", "--tpm2", "--tpmstate", "dir=" + stateDir));
		if (transport == Transport.TCP) {
			command.addAll(List.of("--server", "type=tcp,port=" + port + ",bindaddr=127.0.0.1", "--ctrl",
					"type=tcp,port=" + (port + 1) + ",bindaddr=127.0.0.1"));
		} else {
			// the host TPM answers only its owner: sockets of mode 0600 in a 0700 directory
			command.addAll(List.of("--server", "type=unixio,path=" + dataSocket() + ",mode=0600", "--ctrl",
					"type=unixio,path=" + controlSocket() + ",mode=0600"));
		}
		if (started)
			command.addAll(List.of("--flags", "not-need-init,startup-clear"));
		command.addAll(List.of("--log", "file=" + logFile() + ",level=1"));
		command.addAll(extraArgs);
		try {
			if (transport == Transport.UNIX)
				Files.deleteIfExists(dataSocket());
			process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir.resolve("swtpm.out").toFile())).start();
		} catch (IOException e) {
			throw new IllegalStateException("cannot run swtpm (is the swtpm package installed?): " + e.getMessage(), e);
		}
		RUNNING.add(process);
		awaitReady();
	}

	private void awaitReady() {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				RUNNING.remove(process);
				throw new IllegalStateException("swtpm exited with code " + process.exitValue() + ": " + outputTail());
			}
			if (listening())
				return;
			sleep(5);
		}
		stopProcess();
		throw new IllegalStateException("swtpm did not open its data channel within " + START_TIMEOUT_MILLIS + " ms");
	}

	/**
	 * For TCP, probe the control port (a probe on the data port would briefly take swtpm's only data client slot).
	 * For unix sockets, the data socket's file appears at bind, before swtpm has set its mode and listens: probe it
	 * (swtpm reads the probe's end of stream and accepts the next client).
	 */
	private boolean listening() {
		if (transport == Transport.UNIX) {
			if (!Files.exists(dataSocket()))
				return false;
			try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(dataSocket()))) {
				return true;
			} catch (IOException e) {
				return false;
			}
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port + 1), 200);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private String outputTail() {
		try {
			String out = Files.readString(stateDir.resolve("swtpm.out"));
			return out.length() > 2000 ? out.substring(out.length() - 2000) : out;
		} catch (IOException e) {
			return "(no output)";
		}
	}

	private void stopProcess() {
		if (process == null)
			return;
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		RUNNING.remove(process);
		process = null;
	}

	/** A port P with P+1 also free (swtpm's control channel). */
	private static int freePortPair() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket data = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
				int candidate = data.getLocalPort();
				if (candidate >= 65535)
					continue;
				try (ServerSocket control = new ServerSocket(candidate + 1, 1, java.net.InetAddress.getLoopbackAddress())) {
					return candidate;
				} catch (IOException taken) {
					// try another pair
				}
			} catch (IOException e) {
				throw new UncheckedIOException("cannot probe for free ports", e);
			}
		}
		throw new IllegalStateException("found no free pair of adjacent TCP ports");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for swtpm", e);
		}
	}

	private static void deleteRecursively(Path dir) {
		if (!Files.exists(dir))
			return;
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a leftover temp directory is harmless
		}
	}
}
