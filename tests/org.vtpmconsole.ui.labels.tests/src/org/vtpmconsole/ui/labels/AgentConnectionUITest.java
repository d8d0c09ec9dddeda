package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.connections.ConsoleConnections;

/**
 * The console against a real agent (swtpm as host TPM) in a real CA's fleet: Fleet ▸ New Connection for the agent
 * with the trust prompt, the host and its VM in the explorer, the VM's label opened from the explorer and verified by
 * the console (its RSA_local certified by the host's AIK, whose certificate the console checks), then the label
 * tampered with in the VM's qcow2 image: after Fleet ▸ Refresh the open editor shows the signature failing with its
 * reason.
 */
class AgentConnectionUITest {

	private static final String HOST_NAME = "compute-01";

	@TempDir
	Path directory;
	private TestCa testCa;
	private TestHostAgent agent;
	private Workbench workbench;
	private VmInfo vm;

	@BeforeEach
	void startFleet() throws Exception {
		workbench = Workbench.find();
		testCa = new TestCa(directory.resolve("ca"));
		agent = TestHostAgent.start(testCa, directory.resolve("agent"), HOST_NAME);
		vm = agent.client("admin").create("16M");
	}

	@AfterEach
	void stopFleet() {
		ConsoleConnections connections = connections();
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		connections.registry().connections().forEach(connections.registry()::remove);
		workbench.onUi(() -> {
			EPartService parts = workbench.window.getContext().get(EPartService.class);
			List.copyOf(parts.getParts()).stream().filter(p -> p.getTransientData().containsKey(LabelEditorPart.INPUT_KEY))
					.forEach(workbench::close);
			connections.fleet().removeHosts(List.copyOf(connections.fleet().fleet().getHosts()));
			return null;
		});
		if (agent != null) {
			agent.close();
		}
		testCa.close();
	}

	private ConsoleConnections connections() {
		return workbench.onUi(() -> ContextInjectionFactory.make(ConsoleConnections.class, workbench.application.getContext()));
	}

	/**
	 * The fleet CA's connection, as an administrator has one: it gives the console the fleet root and CRL, against
	 * which the host's AIK certificate (and through it RSA_local) is checked.
	 */
	private void connectToTheCa(ConsoleConnections connections) throws Exception {
		Connection ca = new Connection(ConnectionKind.CA, "fleet-ca", testCa.uri());
		connections.manager().credentials().store(ca.id(), testCa.identity("admin"), TestCa.PASSWORD);
		connections.registry().add(ca);
		workbench.onUi(() -> connections.connect(ca));
		workbench.press(workbench.shell("Certificate Trust"), "Trust");
		waitFor("the CA session", () -> connections.caSession().orElse(null));
	}

	@Test
	void agentHostAndLabelAreShownVerifiedAndATamperedLabelFails() throws Exception {
		connectToTheCa(connections());
		workbench.runMenu("Fleet", "New Connection");
		Shell wizard = workbench.shell("New Connection");
		workbench.onUi(() -> {
			Combo kind = (Combo) find(wizard, "connection.kind");
			kind.select(ConnectionKind.AGENT.ordinal());
			kind.notifyListeners(SWT.Selection, new Event());
			Workbench.type(wizard, "connection.name", HOST_NAME);
			Workbench.type(wizard, "connection.url", agent.uri().toString());
			return null;
		});
		workbench.press(wizard, "Next >");
		workbench.onUi(() -> {
			Workbench.type(wizard, "connection.identityFile", testCa.identityFile("admin").toString());
			Workbench.type(wizard, "connection.password", new String(TestCa.PASSWORD));
			return null;
		});
		workbench.display.asyncExec(() -> find(wizard, "connection.test").notifyListeners(SWT.Selection, new Event()));
		workbench.press(workbench.shell("Certificate Trust"), "Trust");
		String result = waitFor("the test result", () -> workbench.onUi(() -> {
			String text = ((Label) find(wizard, "connection.testResult")).getText();
			return text.startsWith("Connected") || text.startsWith("Failed") ? text : null;
		}));
		assertTrue(result.startsWith("Connected as CN=alice"), result);
		workbench.press(wizard, "Finish");

		ConsoleConnections connections = connections();
		org.vtpmconsole.model.Label label = waitFor("the agent's host, VM and label in the fleet", () -> workbench.onUi(() -> {
			for (Host host : connections.fleet().fleet().getHosts()) {
				for (VirtualMachine candidate : host.getVirtualMachines()) {
					if (HOST_NAME.equals(host.getName()) && vm.uuid().equals(candidate.getUuid())
							&& host.getConnectionState() == org.vtpmconsole.model.ConnectionState.CONNECTED
							&& candidate.getLabel() != null && candidate.getLabel().getEncoded() != null) {
						return candidate.getLabel();
					}
				}
			}
			return null;
		}));

		TreeItem labelNode = waitFor("the label node in the explorer", () -> workbench.onUi(() -> {
			Tree tree = (Tree) find(workbench.mainShell, "fleet-tree");
			return tree == null ? null : expandTo(tree, tree.getItems(), label);
		}));
		String explorerText = workbench.onUi(() -> labelNode.getParentItem().getParentItem().getText());
		assertTrue(explorerText.contains(HOST_NAME), explorerText);
		List<String> vmChildren = waitFor("the VM's rows in the explorer", () -> workbench.onUi(() -> {
			List<String> texts = Arrays.stream(labelNode.getParentItem().getItems()).map(TreeItem::getText).toList();
			return texts.size() == 2 ? texts : null;
		}));
		assertTrue(vmChildren.get(0).startsWith("Label") && vmChildren.get(1).startsWith("Snapshots"), vmChildren.toString());
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-explorer"));

		workbench.onUi(() -> {
			Tree tree = labelNode.getParent();
			tree.setSelection(labelNode);
			tree.notifyListeners(SWT.Selection, new Event());
			tree.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
		Composite editor = waitFor("the label editor's verification", () -> workbench.onUi(() -> {
			MPart part = workbench.window.getContext().get(EPartService.class).getParts().stream()
					.filter(p -> p.getTransientData().get(LabelEditorPart.INPUT_KEY) == label).findFirst().orElse(null);
			return part != null && part.getWidget() instanceof Composite root && root.isVisible() && root.getSize().x > 0
					&& find(root, LabelEditorPart.VERIFICATION_ID) != null ? root : null;
		}));
		String verified = workbench.onUi(() -> allText(editor));
		assertEquals("\u2714 passed", check(editor, "signer"), verified);
		assertEquals("\u2714 passed", check(editor, "signature"), verified);
		assertTrue(verified.contains("RSA_local of " + HOST_NAME + " (certified by its AIK, fleet certificate "), verified);
		assertEquals(VerificationState.VALID, workbench.onUi(label::getVerification));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-label-verified"));

		Path image = Path.of(vm.image());
		Qcow2LabelStore store = new Qcow2LabelStore();
		org.vtpmconsole.label.Label stored = LabelCodec.decode(store.readBytes(image).orElseThrow());
		byte[] signature = stored.signature();
		signature[signature.length / 2] ^= 0x01;
		store.write(image, stored.withSignature(signature));

		workbench.runMenu("Fleet", "Refresh");
		waitFor("the signature failure after Refresh", () -> workbench.onUi(() -> find(editor, "check:signature") instanceof Label l
				&& !l.isDisposed() && l.getText().contains("FAILED") ? l : null));
		String tampered = workbench.onUi(() -> allText(editor));
		assertTrue(tampered.contains("the label was altered after signing"), tampered);
		assertEquals(VerificationState.INVALID, workbench.onUi(label::getVerification));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-label-tampered"));
	}

	/**
	 * Expands the explorer down to the node showing {@code data}. The tree is virtual: asking a row for its text has
	 * the viewer fill it, and only a filled row learns its child count on SWT.Expand.
	 */
	private static TreeItem expandTo(Tree tree, TreeItem[] items, Object data) {
		for (TreeItem item : items) {
			item.getText();
			if (item.getData() == data) {
				return item;
			}
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			TreeItem found = expandTo(tree, item.getItems(), data);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private String check(Composite root, String kind) {
		return workbench.onUi(() -> ((Label) find(root, "check:" + kind)).getText());
	}
}
