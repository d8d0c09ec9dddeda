package org.vtpmconsole.agent.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.process.HostProcess;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.VmRoots;

/**
 * Issue 10, "Isolation": an intruder with the uid of VM A's QEMU (what a guest that broke out of QEMU has) attacks
 * the other VM, the vTPMs and the host TPM. Two real VMs run behind their gateways, a real swtpm is the host TPM on
 * a unix socket; the intruder is a real python3 process started with A's QEMU's uid and gid, read from A's running
 * QEMU in /proc (so on code that runs QEMU as root the intruder is root, and every attack succeeds). A second intruder
 * has the uid of A's swtpm (a swtpm that A's QEMU broke into) and goes for the agent's capture counter. Each attempt is
 * printed with its errno.
 */
class IsolationAttackTest {
	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final String INTRUDER = String.join("\n", "import errno, os, socket, sys",
			"def attempt(kind, target):",
			"    try:",
			"        if kind == 'read':",
			"            os.close(os.open(target, os.O_RDONLY))",
			"        elif kind == 'write':",
			"            os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))",
			"        elif kind == 'connect':",
			"            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)",
			"            s.connect(target)",
			"            s.close()",
			"        elif kind == 'list':",
			"            os.listdir(target)",
			"        elif kind == 'signal':",
			"            os.kill(int(target), 0)",
			"        return 'ok'",
			"    except OSError as e:",
			"        return errno.errorcode.get(e.errno, str(e.errno))",
			"for arg in sys.argv[1:]:",
			"    kind, target = arg.split('=', 1)",
			"    print(arg + ' ' + attempt(kind, target), flush=True)");

	@TempDir
	static Path dir;

	private static ProvisionedSwtpm host;
	private static VirtualMachines vms;
	private static Vm a;
	private static Vm b;
	private static QemuProcess qemuA;
	private static QemuProcess qemuB;

	@BeforeAll
	static void startTwoVms() throws Exception {
		// on a unix socket of mode 0600, with the agent's key authorization
		host = ProvisionedSwtpm.start();
		HostLabels labels = new HostLabels(host.tpm, Clock.systemUTC(), new SecureRandom());
		QemuBuild qemu = QemuBuild.of(QEMU);
		VmRoots.letVmUidsPass(dir);
		vms = new VirtualMachines(dir.resolve("vms"), labels, qemu, List.of(qemu.digest()), Duration.ofDays(30),
				new RefusalRecorder());
		a = vms.create("16M");
		b = vms.create("16M");
		qemuA = vms.start(a);
		qemuB = vms.start(b);
		awaitServing(a);
		awaitServing(b);
	}

	@AfterAll
	static void stopEverything() {
		if (vms != null) {
			vms.close();
		}
		if (host != null) {
			host.close();
		}
	}

	@Test
	void intruderWithVmAsQemuUidReachesNothingButItsOwnVm() throws Exception {
		long swtpmA = swtpmPid(a);
		long swtpmB = swtpmPid(b);
		Map<String, String> results = intrudeAs(qemuA.pid(),
				"read=" + b.image(),
				"read=" + b.vtpm().stateDir().resolve("tpm2-00.permall"),
				"read=" + a.vtpm().stateDir().resolve("tpm2-00.permall"),
				"list=" + b.dir(),
				"connect=" + b.vtpm().gatewaySocket(),
				"connect=" + b.runDir().resolve("swtpm.ctrl"),
				"connect=" + a.runDir().resolve("swtpm.ctrl"),
				"list=/proc/" + swtpmA + "/fd",
				"list=/proc/" + swtpmB + "/fd",
				"read=/proc/" + swtpmA + "/environ",
				"read=/proc/" + qemuB.pid() + "/environ",
				"signal=" + qemuB.pid(),
				"signal=" + swtpmA,
				"connect=" + host.swtpm.dataSocket(),
				"connect=" + host.swtpm.controlSocket(),
				"read=" + a.image());

		assertEquals("EACCES", results.get("read=" + b.image()), "B's image");
		assertEquals("EACCES", results.get("read=" + b.vtpm().stateDir().resolve("tpm2-00.permall")), "B's vTPM");
		assertEquals("EACCES", results.get("read=" + a.vtpm().stateDir().resolve("tpm2-00.permall")),
				"A's own vTPM state is swtpm's, not QEMU's");
		assertEquals("EACCES", results.get("list=" + b.dir()), "B's directory");
		assertEquals("EACCES", results.get("connect=" + b.vtpm().gatewaySocket()), "B's gateway");
		// no swtpm has a socket in the file system: its control channel is a socket pair the agent holds
		assertEquals("EACCES", results.get("connect=" + b.runDir().resolve("swtpm.ctrl")), "B's run directory");
		assertEquals("ENOENT", results.get("connect=" + a.runDir().resolve("swtpm.ctrl")), "A's swtpm socket");
		assertEquals("EACCES", results.get("list=/proc/" + swtpmA + "/fd"), "A's swtpm's descriptors");
		assertEquals("EACCES", results.get("list=/proc/" + swtpmB + "/fd"), "B's swtpm's descriptors");
		assertEquals("EACCES", results.get("read=/proc/" + swtpmA + "/environ"), "A's swtpm's environment");
		assertEquals("EACCES", results.get("read=/proc/" + qemuB.pid() + "/environ"), "B's QEMU's environment");
		assertEquals("EPERM", results.get("signal=" + qemuB.pid()), "B's QEMU");
		assertEquals("EPERM", results.get("signal=" + swtpmA), "A's swtpm");
		assertEquals("EACCES", results.get("connect=" + host.swtpm.dataSocket()), "the host TPM");
		assertEquals("EACCES", results.get("connect=" + host.swtpm.controlSocket()), "the host TPM's control");
		assertEquals("ok", results.get("read=" + a.image()), "the intruder is A's QEMU: its own image it may read");
	}

	/**
	 * The capture counter of sealed state blobs is the agent's: in A's directory, not in A's swtpm's state directory,
	 * where a compromised swtpm could roll it back or put a link where the agent writes it as root.
	 */
	@Test
	void intruderWithVmAsSwtpmUidCannotTouchTheCaptureCounter() throws Exception {
		Path counter = a.vtpm().captureEpochFile();
		Path temporary = counter.resolveSibling(counter.getFileName() + ".new");
		Path own = a.vtpm().stateDir().resolve("intruder.probe");
		try {
			Map<String, String> results = intrudeAs(swtpmPid(a), "write=" + counter, "write=" + temporary,
					"write=" + own);
			assertEquals("EACCES", results.get("write=" + counter), "the capture counter");
			assertEquals("EACCES", results.get("write=" + temporary), "the counter's temporary file");
			assertEquals("ok", results.get("write=" + own), "the intruder is A's swtpm: its own directory it may write");
		} finally {
			Files.deleteIfExists(own);
		}
	}

	@Test
	void qemuRunsUnprivilegedUnderSeccompWithAnEmptyEnvironment() throws Exception {
		Map<String, String> statusA = status(qemuA.pid());
		Map<String, String> statusB = status(qemuB.pid());
		int uidA = uid(statusA);
		assertNotEquals(0, uidA, "QEMU does not run as root");
		assertNotEquals(uidA, uid(statusB), "each VM's QEMU has its own uid");
		assertEquals("2", statusA.get("Seccomp"), "QEMU's -sandbox filter is installed (SECCOMP_MODE_FILTER)");
		assertEquals("1", statusA.get("NoNewPrivs"));
		assertEquals("0000000000000000", statusA.get("CapBnd"), "no capability can ever be regained");
		assertEquals("0000000000000000", statusA.get("CapEff"));
		assertEquals(QEMU.toRealPath(), Path.of("/proc", "" + qemuA.pid(), "exe").toRealPath(),
				"the exec chain ends in QEMU itself, under the pid the agent knows");
		assertFalse(System.getenv().isEmpty(), "the agent's own environment is not empty");
		assertEquals(0, Files.readAllBytes(Path.of("/proc", "" + qemuA.pid(), "environ")).length,
				"no variable of the agent (tls.password.env's password among them) reaches QEMU");
		long swtpm = swtpmPid(a);
		Map<String, String> swtpmStatus = status(swtpm);
		assertEquals(0, Files.readAllBytes(Path.of("/proc", "" + swtpm, "environ")).length, "nor swtpm");
		assertNotEquals(0, uid(swtpmStatus), "swtpm does not run as root");
		assertNotEquals(uidA, uid(swtpmStatus), "swtpm's uid is no QEMU's");
		assertEquals("0", Files.readString(Path.of("/proc", "" + swtpm, "limits")).lines()
				.filter(line -> line.startsWith("Max core file size")).map(line -> line.split("\\s+")[4])
				.findFirst().orElseThrow(), "swtpm writes no core dump");
		assertEquals("", statusA.get("Groups").replace(kvmGroup(), "").strip(),
				"no supplementary group but that of /dev/kvm");
	}

	private static String kvmGroup() {
		try {
			return "" + Accelerator.deviceGroup();
		} catch (IOException e) {
			return "none";
		}
	}

	/**
	 * Runs the intruder with the uid and gid of process {@code pid} (A's QEMU or swtpm), no groups; every attempt's
	 * result by its argument.
	 */
	private static Map<String, String> intrudeAs(long pid, String... attempts) throws Exception {
		Map<String, String> victimStatus = status(pid);
		String uid = victimStatus.get("Uid").split("\\s+")[0];
		String gid = victimStatus.get("Gid").split("\\s+")[0];
		List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + gid,
				"--clear-groups", "--", "/usr/bin/python3", "-c", INTRUDER));
		command.addAll(List.of(attempts));
		Process intruder = new ProcessBuilder(command).directory(Path.of("/").toFile()).redirectErrorStream(true)
				.start();
		String output = new String(intruder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(intruder.waitFor(30, TimeUnit.SECONDS));
		System.out.println("intruder uid " + uid + " gid " + gid + ":\n" + output);
		Map<String, String> results = new LinkedHashMap<>();
		for (String line : output.strip().split("\n")) {
			int space = line.lastIndexOf(' ');
			results.put(line.substring(0, space), line.substring(space + 1));
		}
		assertEquals(attempts.length, results.size(), output);
		return results;
	}

	private static Map<String, String> status(long pid) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("/proc", "" + pid, "status"))) {
			int colon = line.indexOf(':');
			fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
		}
		return fields;
	}

	private static int uid(Map<String, String> status) {
		return Integer.parseInt(status.get("Uid").split("\\s+")[0]);
	}

	private static long swtpmPid(Vm vm) throws IOException {
		return HostProcess.fromPidFile(vm.runDir().resolve("swtpm.pid")).orElseThrow().pid();
	}

	private static void awaitServing(Vm vm) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!vms.gateway(vm).isServing()) {
			assertTrue(System.currentTimeMillis() < deadline, "the vTPM of " + vm.uuid() + " serves its QEMU");
			Thread.sleep(50);
		}
	}
}
