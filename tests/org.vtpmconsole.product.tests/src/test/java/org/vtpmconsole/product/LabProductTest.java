package org.vtpmconsole.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vtpmctl lab up --hosts 1 --vms 1}, {@code lab status}, {@code lab down} from the built product, as a trainer
 * runs them: a real CA, agent, swtpm host TPM and a guest VM that answered {@code tpm2 pcrread}; after down no
 * process the lab recorded is alive and no port it used is bound. Then a {@code lab up} killed with SIGKILL halfway
 * leaves processes that the next {@code lab down} finds and stops.
 */
class LabProductTest {
	private static final Path VTPMCTL = Products.AGENT.resolve("vtpmctl");
	private static final Path GUEST_SCRIPT = Path.of("../../releng/build-guest.sh");

	@TempDir
	Path dir;

	/** JUnit makes the directory 0700; the lab's VM uids must pass through it to their images (docs/lab.md). */
	@BeforeEach
	void letVmUidsPass() throws IOException {
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
	}

	@Test
	void upStatusDownLeavesNothingRunning() throws Exception {
		Path lab = dir.resolve("lab");
		Result up = vtpmctl(600, "lab", "up", "--dir", lab.toString(), "--hosts", "1", "--vms", "1", "--guest",
				guestDir().toString());
		assertEquals(0, up.exitCode, up.out + up.err);
		assertTrue(up.out.contains("1 guest(s) booted, each answered tpm2 pcrread"), up.out);
		System.out.println("lab up --hosts 1 --vms 1:\n" + up.out);

		// the secrets: files of mode 0600 in a 0700 directory, and not on any command line
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lab.resolve("secrets"))));
		assertEquals("rw-------",
				PosixFilePermissions.toString(Files.getPosixFilePermissions(lab.resolve("secrets/identity.password"))));
		String password = Files.readString(lab.resolve("secrets/identity.password")).strip();

		List<Long> pids = recordedPids(lab);
		assertTrue(pids.size() >= 4, "CA, host TPM, agent and QEMU: " + pids);
		for (long pid : pids) {
			assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
			assertFalse(cmdline(pid).contains(password), "the password is on the command line of " + pid);
		}
		List<InetSocketAddress> ports = ports(lab);

		Result status = vtpmctl(120, "lab", "status", "--dir", lab.toString());
		assertEquals(0, status.exitCode, status.err);
		assertTrue(status.out.contains("lab-host-1 https://127.0.0.11:"), status.out);
		assertTrue(status.out.contains("lab-host-1-vm-1 running vtpm serving"), status.out);

		Result down = vtpmctl(180, "lab", "down", "--dir", lab.toString());
		assertEquals(0, down.exitCode, down.err);
		for (long pid : pids) {
			assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "still alive: pid " + pid);
		}
		for (InetSocketAddress port : ports) {
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(port); // throws when something of the lab still listens there
			}
		}
		assertTrue(processesNaming(lab).isEmpty(), "processes naming the lab: " + processesNaming(lab));
	}

	@Test
	void downAfterKilledUpStopsTheLeftovers() throws Exception {
		Path lab = dir.resolve("crashed");
		Process up = new ProcessBuilder(VTPMCTL.toString(), "lab", "up", "--dir", lab.toString(), "--hosts", "1",
				"--vms", "1", "--guest", guestDir().toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("crashed-up.out").toFile()).start();
		// kill vtpmctl once its agent runs (the VM step comes next)
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (!Files.readString(dir.resolve("crashed-up.out")).contains("agent(s) on") && System.nanoTime() < deadline
				&& up.isAlive()) {
			Thread.sleep(100);
		}
		assertTrue(up.isAlive(), Files.readString(dir.resolve("crashed-up.out")));
		Runtime.getRuntime().exec(new String[] { "kill", "-KILL", Long.toString(up.pid()) }).waitFor();
		up.waitFor(30, TimeUnit.SECONDS);
		List<Long> left = processesNaming(lab);
		assertFalse(left.isEmpty(), "the killed up left nothing running, so this test shows nothing");

		Result down = vtpmctl(180, "lab", "down", "--dir", lab.toString());
		assertEquals(0, down.exitCode, down.err);
		assertTrue(processesNaming(lab).isEmpty(), "left after down: " + processesNaming(lab));
		for (long pid : left) {
			assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "still alive: pid " + pid);
		}
	}

	record Result(int exitCode, String out, String err) {
	}

	private Result vtpmctl(int seconds, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(VTPMCTL.toString()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish within " + seconds + " s: " + Files.readString(out));
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** The training guest, built (or reused from the cache) by releng/build-guest.sh. */
	private static Path guestDir() throws IOException, InterruptedException {
		Path out = Path.of("target/guest").toAbsolutePath();
		Process build = new ProcessBuilder("bash", GUEST_SCRIPT.toString(), out.toString()).redirectErrorStream(true)
				.start();
		String said = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, build.waitFor(), said);
		return out;
	}

	private static List<Long> recordedPids(Path lab) throws IOException {
		List<Long> pids = new ArrayList<>();
		try (Stream<Path> files = Files.walk(lab)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
				pids.add(Long.parseLong(Files.readString(file).strip()));
			}
		}
		return pids;
	}

	private static List<InetSocketAddress> ports(Path lab) throws IOException {
		Properties state = new Properties();
		try (Reader in = Files.newBufferedReader(lab.resolve("lab.properties"))) {
			state.load(in);
		}
		List<InetSocketAddress> ports = new ArrayList<>();
		for (String key : state.stringPropertyNames()) {
			if (key.equals("ca") || key.endsWith(".api")) {
				URI uri = URI.create(state.getProperty(key));
				ports.add(new InetSocketAddress(uri.getHost(), uri.getPort()));
			}
		}
		return ports;
	}

	private static List<Long> processesNaming(Path lab) {
		String inside = lab.toAbsolutePath() + "/";
		return ProcessHandle.allProcesses().map(ProcessHandle::pid).filter(pid -> {
			String cmdline = cmdline(pid);
			return cmdline.contains(inside) && !cmdline.contains("org.vtpmconsole.cli.vtpmctl");
		}).toList();
	}

	private static String cmdline(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
					.replace('\0', ' ');
		} catch (IOException e) {
			return "";
		}
	}
}
