package org.vtpmconsole.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.process.HostProcess;
import org.vtpmconsole.agent.swtpm.NvCommands;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.http.ApiCallException;

/**
 * An agent really killed (SIGKILL of its own JVM) while a VM runs: the next agent stops the orphaned swtpm, adopts
 * the orphaned QEMU (running, vTPM lost), refuses to start it twice, stops it, and after a start the vTPM serves the
 * NV contents written before the crash. Events keep their sequence numbers across both restarts.
 */
class AgentCrashTest {
	private static final byte[] MARKER = "vtpm-console-crash-marker-0001".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path dir;

	private TestAgent test;
	private ChildJvmAgent child;
	private final List<HostProcess> orphans = new ArrayList<>();

	@AfterEach
	void leaveNoProcessBehind() throws Exception {
		try {
			if (child != null) {
				child.close();
			}
			orphans.forEach(orphan -> orphan.stop(5_000));
		} finally {
			if (test != null) {
				test.close();
			}
		}
	}

	@Test
	void vmOfAKilledAgentIsAdoptedWithoutItsVtpmAndServesAgainAfterStopAndStart() throws Exception {
		test = TestAgent.prepare(dir);
		test.startAgent();
		AgentClient admin = test.client("admin");
		UUID uuid = UUID.fromString(admin.create("16M", "crash-test").uuid());
		admin.start(uuid);
		AgentApiTest.awaitFirmwareMeasurements(admin, uuid);
		Vm vm = test.agent().vms().vm(uuid);
		NvCommands.defineAndWrite(test.agent().vms().gateway(vm), MARKER);
		admin.stop(uuid);
		test.stopAgent();

		child = test.startChildAgent();
		admin = test.client("admin");
		long beforeCrash = admin.events(0, 0).next();
		VmInfo started = admin.start(uuid);
		assertEquals(VmInfo.VTPM_SERVING, started.vtpm());
		AgentApiTest.awaitFirmwareMeasurements(admin, uuid);
		HostProcess qemu = HostProcess.fromPidFile(vm.runDir().resolve("qemu/qemu.pid")).orElseThrow();
		HostProcess swtpm = HostProcess.fromPidFile(vm.runDir().resolve("swtpm.pid")).orElseThrow();
		orphans.addAll(List.of(qemu, swtpm));
		assertTrue(new String(environment(child.pid()), StandardCharsets.UTF_8).contains(TestAgent.PASSWORD_VARIABLE
				+ "=" + new String(TestAgent.PASSWORD)), "the agent has its password in its environment");
		assertEquals(0, environment(qemu.pid()).length, "QEMU inherits nothing of the agent's environment");
		assertEquals(0, environment(swtpm.pid()).length, "nor does swtpm");

		child.kill();
		assertTrue(qemu.isRunning(), "QEMU outlived the killed agent");
		assertTrue(swtpm.isRunning(), "swtpm outlived the killed agent");
		assertNotEquals(0, uid(qemu), "the orphaned QEMU runs under its VM's uid");

		test.startAgent();
		AgentClient again = test.client("admin");
		assertFalse(swtpm.isRunning(), "the new agent stopped the orphaned swtpm");
		assertFalse(Files.exists(vm.runDir().resolve("swtpm.pid")));
		VmInfo adopted = again.vm(uuid);
		assertEquals(VmInfo.RUNNING, adopted.state());
		assertEquals(VmInfo.VTPM_LOST, adopted.vtpm());
		assertEquals(started.accelerator(), adopted.accelerator());
		assertEquals("crash-test", adopted.name());
		assertEquals("vm_running", assertThrows(ApiCallException.class, () -> again.start(uuid)).code());
		ApiCallException noVtpm = assertThrows(ApiCallException.class, () -> again.pcrs(uuid));
		assertEquals("vtpm_unavailable", noVtpm.code());
		assertTrue(noVtpm.getMessage().contains("lost its vTPM with the previous agent"), noVtpm.getMessage());
		EventList events = again.events(beforeCrash, 0);
		assertFalse(events.missed(), "the events of the killed agent were kept on disk");
		List<String> types = events.events().stream().map(AgentEvent::type).toList();
		assertTrue(types.containsAll(List.of("vm.started", "vtpm.admitted", "vm.adopted")), "" + types);
		assertTrue(events.events().stream().filter(event -> event.type().equals("vm.adopted")).findFirst().orElseThrow()
				.detail().contains("its vTPM was lost"));

		VmInfo stopped = again.stop(uuid);
		assertEquals(VmInfo.STOPPED, stopped.state());
		assertEquals(null, stopped.vtpm());
		assertFalse(qemu.isRunning(), "stopping the adopted VM ended its QEMU");
		assertEquals(VmInfo.VTPM_SERVING, again.start(uuid).vtpm());
		try {
			AgentApiTest.awaitFirmwareMeasurements(again, uuid);
			assertArrayEquals(MARKER, NvCommands.read(test.agent().vms().gateway(test.agent().vms().vm(uuid)),
					MARKER.length), "the NV contents written before the crash are served again");
		} finally {
			again.stop(uuid);
		}
	}

	private static byte[] environment(long pid) throws Exception {
		return Files.readAllBytes(Path.of("/proc", "" + pid, "environ"));
	}

	private static int uid(HostProcess process) throws Exception {
		return Files.readAllLines(Path.of("/proc", "" + process.pid(), "status")).stream()
				.filter(line -> line.startsWith("Uid:")).map(line -> Integer.parseInt(line.split("\\s+")[1]))
				.findFirst().orElseThrow();
	}

	@Test
	void pidFilesOfEndedOrForeignProcessesAreRemovedAndThoseProcessesLeftAlone() throws Exception {
		test = TestAgent.prepare(dir);
		test.startAgent();
		UUID uuid = UUID.fromString(test.client("admin").create("16M").uuid());
		Vm vm = test.agent().vms().vm(uuid);
		test.stopAgent();
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Process foreign = new ProcessBuilder("sleep", "600").start();
		HostProcess unrelated = new HostProcess(foreign.pid());
		orphans.add(unrelated);
		Files.createDirectories(vm.runDir());
		Files.writeString(vm.runDir().resolve("swtpm.pid"), ended.pid() + "\n");
		Files.writeString(vm.runDir().resolve("qemu/qemu.pid"), foreign.pid() + "\n");

		test.startAgent();
		assertEquals(VmInfo.STOPPED, test.client("admin").vm(uuid).state());
		assertTrue(unrelated.isRunning(), "a process that is not this VM's QEMU is not touched");
		assertFalse(Files.exists(vm.runDir().resolve("qemu/qemu.pid")));
		assertFalse(Files.exists(vm.runDir().resolve("swtpm.pid")));
	}
}
