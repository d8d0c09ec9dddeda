package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.Label;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.connections.ConsoleConnections;

/**
 * The fleet model's one writer under load: three real agents (each with swtpm as host TPM, on 127.0.0.2-4 so each is
 * a host of its own), the explorer showing them and a label editor open, while refreshes are hammered from several
 * threads at once (Fleet ▸ Refresh from the menu, connects straight from background threads) and an agent gains a VM
 * in the middle. At the end nothing was logged as an error, and the model agrees with the agents: one host per agent,
 * each host's VMs exactly the agent's, no UUID twice, every label with its bytes and a verdict. Repeated 20 times.
 */
class FleetRefreshConcurrencyUITest {

	private static final int AGENTS = 3;
	private static final int REFRESHES = 6;

	private static Path directory;
	private static Workbench workbench;
	private static TestCa testCa;
	private static final List<TestHostAgent> agents = new ArrayList<>();
	private static final List<Connection> connections = new ArrayList<>();
	private static ConsoleConnections console;

	@BeforeAll
	static void startAgentsAndConnect() throws Exception {
		directory = Files.createTempDirectory("fleet-refresh");
		workbench = Workbench.find();
		testCa = new TestCa(directory.resolve("ca"));
		console = workbench.onUi(() -> workbench.application.getContext().get(ConsoleConnections.class));
		for (int i = 0; i < AGENTS; i++) {
			String name = "rack-" + (i + 1);
			TestHostAgent agent = TestHostAgent.start(testCa, directory.resolve(name), name, "127.0.0." + (i + 2));
			agents.add(agent);
			agent.client("admin").create("16M", name + "-web");
			agent.client("admin").create("16M");
			Connection connection = new Connection(ConnectionKind.AGENT, name, agent.uri());
			console.manager().credentials().store(connection.id(), testCa.identity("auditor"), TestCa.PASSWORD);
			console.registry().add(connection);
			connections.add(connection);
			// one at a time: each first contact asks whether to trust the fleet root
			workbench.onUi(() -> console.connect(connection));
			workbench.press(workbench.shell("Certificate Trust"), "Trust");
			waitFor(name + " connected", () -> connection.state() == org.vtpmconsole.client.ConnectionState.CONNECTED
					&& Job.getJobManager().find(connection).length == 0 ? connection : null);
		}
	}

	@AfterAll
	static void stopAgents() {
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		workbench.onUi(() -> {
			workbench.window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getParts().stream()
					.filter(p -> p.getTransientData().containsKey(LabelEditorPart.INPUT_KEY)).toList().forEach(workbench::close);
			return null;
		});
		connections.forEach(console.registry()::remove);
		workbench.onUi(() -> {
			console.fleet().removeHosts(List.copyOf(console.fleet().fleet().getHosts()));
			return null;
		});
		agents.forEach(TestHostAgent::close);
		testCa.close();
	}

	@RepeatedTest(20)
	void hammeredRefreshesLeaveAModelThatAgreesWithTheAgents(RepetitionInfo repetition) throws Exception {
		List<IStatus> errors = Collections.synchronizedList(new ArrayList<>());
		ILogListener log = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				errors.add(status);
			}
		};
		Platform.addLogListener(log);
		try {
			Composite editor = openALabelEditor();
			List<Thread> hammers = new ArrayList<>();
			for (int t = 0; t < 3; t++) {
				Thread hammer = new Thread(() -> {
					for (int i = 0; i < REFRESHES; i++) {
						connections.forEach(console::connect);
						pause(40);
					}
				}, "refresh hammer " + t);
				hammers.add(hammer);
				hammer.start();
			}
			for (int i = 0; i < REFRESHES; i++) {
				workbench.runMenu("Fleet", "Refresh");
				pause(60);
				if (i == REFRESHES / 2) {
					// the model must follow a VM set that changes under the refreshes
					TestHostAgent agent = agents.get(repetition.getCurrentRepetition() % AGENTS);
					agent.client("admin").create("16M", "grown-" + repetition.getCurrentRepetition());
				}
			}
			for (Thread hammer : hammers) {
				hammer.join();
			}
			// one last refresh after the last change, then wait for every visit and every verdict
			connections.forEach(console::connect);
			// joined, not polled against the harness's 20 s: on 2 shared cores the queued visits can take longer
			Job.getJobManager().join(ConnectJob.FAMILY, null);
			Job.getJobManager().join(LabelVerificationAddon.FAMILY, null);

			assertTrue(errors.isEmpty(), "errors logged during the refreshes: " + errors);
			assertModelAgreesWithTheAgents();
			assertTrue(workbench.onUi(() -> !editor.isDisposed()), "the open label editor survived the refreshes");
			String tree = workbench.onUi(() -> {
				org.eclipse.swt.widgets.Tree explorer = (org.eclipse.swt.widgets.Tree) Workbench.find(workbench.mainShell,
						"fleet-tree");
				return explorer.getItemCount() + " hosts in the explorer";
			});
			assertEquals(AGENTS + " hosts in the explorer", tree);
			System.out.println("repetition " + repetition.getCurrentRepetition() + "/" + repetition.getTotalRepetitions()
					+ ": consistent after " + (REFRESHES * (3 + 1) + 1) + " refresh rounds of " + AGENTS + " agents");
		} finally {
			Platform.removeLogListener(log);
		}
	}

	/** The first agent's first label, opened from the model (once: the opener shows the open one again). */
	private static Composite openALabelEditor() {
		Label label = workbench.onUi(() -> console.fleet().fleet().getHosts().stream()
				.flatMap(h -> h.getVirtualMachines().stream()).map(VirtualMachine::getLabel).filter(l -> l != null)
				.findFirst().orElseThrow());
		workbench.onUi(() -> workbench.window.getContext().get(org.vtpmconsole.ui.editors.EditorOpener.class).open(label));
		return waitFor("the label editor", () -> workbench.onUi(() -> {
			var part = workbench.window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getParts()
					.stream().filter(p -> p.getTransientData().get(LabelEditorPart.INPUT_KEY) == label).findFirst()
					.orElse(null);
			return part != null && part.getWidget() instanceof Composite root ? root : null;
		}));
	}

	private static void assertModelAgreesWithTheAgents() throws Exception {
		Map<String, Set<String>> expected = new TreeMap<>();
		for (int i = 0; i < AGENTS; i++) {
			Set<String> uuids = new TreeSet<>();
			for (VmInfo vm : agents.get(i).client("admin").vms().vms()) {
				uuids.add(vm.uuid());
			}
			expected.put(agents.get(i).uri().getHost(), uuids);
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		List<String> problems = workbench.onUi(() -> {
			List<String> found = new ArrayList<>();
			Set<String> allUuids = new HashSet<>();
			for (Host host : console.fleet().fleet().getHosts()) {
				if (actual.containsKey(host.getAddress())) {
					found.add("two hosts at " + host.getAddress());
				}
				Set<String> uuids = new TreeSet<>();
				for (VirtualMachine vm : host.getVirtualMachines()) {
					if (!allUuids.add(vm.getUuid())) {
						found.add("VM " + vm.getUuid() + " twice");
					}
					uuids.add(vm.getUuid());
					Label label = vm.getLabel();
					if (label == null || label.getEncoded() == null) {
						found.add(vm.getName() + " has no label bytes");
					} else if (label.getVerification() == null || label.getVerification() == VerificationState.UNVERIFIED) {
						found.add(vm.getName() + " has no verdict");
					}
				}
				if (host.getConnectionState() != ConnectionState.CONNECTED) {
					found.add(host.getName() + " is " + host.getConnectionState());
				}
				actual.put(host.getAddress(), uuids);
			}
			return found;
		});
		assertTrue(problems.isEmpty(), problems.toString());
		assertEquals(expected, actual, "each host's VMs are its agent's");
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
