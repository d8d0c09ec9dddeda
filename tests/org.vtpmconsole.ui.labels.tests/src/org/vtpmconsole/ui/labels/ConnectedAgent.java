package org.vtpmconsole.ui.labels;

import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.vtpmconsole.client.ConnectJob;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.model.ConnectionState;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.ui.connections.ConsoleConnections;

/**
 * A real CA and a real agent (swtpm as host TPM) for the console's UI tests, and the console driven the way a user
 * connects it: Fleet ▸ New Connection for the agent, the trust prompt answered, Finish. Closing it removes the
 * connections, the label editors and the fleet's hosts, then stops the agent and the CA.
 */
final class ConnectedAgent implements AutoCloseable {

	static final String HOST_NAME = "compute-01";

	final Workbench workbench;
	final TestCa testCa;
	final TestHostAgent agent;

	private ConnectedAgent(Workbench workbench, TestCa testCa, TestHostAgent agent) {
		this.workbench = workbench;
		this.testCa = testCa;
		this.agent = agent;
	}

	static ConnectedAgent start(Path directory) throws Exception {
		Workbench workbench = Workbench.find();
		TestCa testCa = new TestCa(directory.resolve("ca"));
		try {
			ConnectedAgent connected = new ConnectedAgent(workbench, testCa,
					TestHostAgent.start(testCa, directory.resolve("agent"), HOST_NAME));
			// the administrator approves the QEMU build the agent runs, in the console's own list
			ApprovedQemuPreference.approve(workbench,
					MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(TestHostAgent.QEMU)));
			return connected;
		} catch (Exception | Error e) {
			testCa.close();
			throw e;
		}
	}

	ConsoleConnections connections() {
		return workbench.onUi(() -> workbench.application.getContext().get(ConsoleConnections.class));
	}

	/**
	 * Fleet ▸ New Connection for the agent as {@code identity}, trusting the fleet root; the wizard's test result.
	 * The fleet CA is connected first, as an administrator has it: its root and CRL are what the console checks the
	 * host's AIK certificate with, and through it the RSA_local that signs LOCAL labels.
	 */
	String connect(String identity) throws Exception {
		connectToTheCa(identity);
		return connectAgent(identity);
	}

	/** Fleet ▸ New Connection for the agent alone; the wizard's test result. */
	String connectAgent(String identity) {
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
			Workbench.type(wizard, "connection.identityFile", testCa.identityFile(identity).toString());
			Workbench.type(wizard, "connection.password", new String(TestCa.PASSWORD));
			return null;
		});
		workbench.display.asyncExec(() -> find(wizard, "connection.test").notifyListeners(SWT.Selection, new Event()));
		workbench.press(workbench.shell("Certificate Trust"), "Trust");
		String result = waitFor("the test result", () -> workbench.onUi(() -> {
			String text = ((Label) find(wizard, "connection.testResult")).getText();
			return text.startsWith("Connected") || text.startsWith("Failed") ? text : null;
		}));
		workbench.press(wizard, "Finish");
		return result;
	}

	private void connectToTheCa(String identity) throws Exception {
		ConsoleConnections connections = connections();
		Connection ca = new Connection(ConnectionKind.CA, "fleet-ca", testCa.uri());
		connections.manager().credentials().store(ca.id(), testCa.identity(identity), TestCa.PASSWORD);
		connections.registry().add(ca);
		workbench.onUi(() -> connections.connect(ca));
		workbench.press(workbench.shell("Certificate Trust"), "Trust");
		waitFor("the CA session", () -> connections.caSession().orElse(null));
	}

	/** The VM's label in the fleet model once the connected agent's host brought its bytes. */
	org.vtpmconsole.model.Label awaitLabel(String vmUuid) {
		ConsoleConnections connections = connections();
		return waitFor("the agent's host, VM and label in the fleet", () -> workbench.onUi(() -> {
			for (Host host : connections.fleet().fleet().getHosts()) {
				for (VirtualMachine candidate : host.getVirtualMachines()) {
					if (HOST_NAME.equals(host.getName()) && vmUuid.equals(candidate.getUuid())
							&& host.getConnectionState() == ConnectionState.CONNECTED && candidate.getLabel() != null
							&& candidate.getLabel().getEncoded() != null) {
						return candidate.getLabel();
					}
				}
			}
			return null;
		}));
	}

	/** The explorer's row of {@code element}, expanding the tree down to it. */
	TreeItem explorerNode(Object element) {
		return waitFor("the explorer's row of " + element, () -> workbench.onUi(() -> {
			Tree tree = (Tree) find(workbench.mainShell, "fleet-tree");
			return tree == null ? null : expandTo(tree, tree.getItems(), element);
		}));
	}

	/** Opens the label from its explorer row, as a double click does; the editor's root once it has verified. */
	Composite openFromExplorer(org.vtpmconsole.model.Label label) {
		TreeItem node = explorerNode(label);
		workbench.onUi(() -> {
			Tree tree = node.getParent();
			tree.setSelection(node);
			tree.notifyListeners(SWT.Selection, new Event());
			tree.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
		return waitFor("the label editor's verification", () -> workbench.onUi(() -> {
			MPart part = editorOf(label);
			return part != null && part.getWidget() instanceof Composite root && root.isVisible() && root.getSize().x > 0
					&& find(root, LabelEditorPart.VERIFICATION_ID) != null ? root : null;
		}));
	}

	/** The open label editor of {@code label}, or null. Call on the UI thread. */
	MPart editorOf(org.vtpmconsole.model.Label label) {
		return workbench.window.getContext().get(EPartService.class).getParts().stream()
				.filter(p -> p.getTransientData().get(LabelEditorPart.INPUT_KEY) == label).findFirst().orElse(null);
	}

	/** The text of a check's outcome in an editor, e.g. "✔ passed". */
	String check(Composite root, String kind) {
		return workbench.onUi(() -> ((Label) find(root, "check:" + kind)).getText());
	}

	/** Presses the editor's button with this text, as a click would, without waiting for what it does. */
	void pressButton(Composite root, String text) {
		Button button = waitFor(text + " enabled", () -> workbench.onUi(() -> {
			List<Button> found = Workbench.all(root, Button.class, b -> text.equals(b.getText()) && b.isEnabled());
			return found.isEmpty() ? null : found.get(0);
		}));
		workbench.display.asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	/** Flips one bit of the signature of the label stored in the VM's qcow2 image, as an attacker on the host could. */
	static void tamperWithSignature(VmInfo vm) throws Exception {
		Path image = Path.of(vm.image());
		Qcow2LabelStore store = new Qcow2LabelStore();
		org.vtpmconsole.label.Label stored = LabelCodec.decode(store.readBytes(image).orElseThrow());
		byte[] signature = stored.signature();
		signature[signature.length / 2] ^= 0x01;
		store.write(image, stored.withSignature(signature));
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

	@Override
	public void close() {
		ConsoleConnections connections = connections();
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		connections.registry().connections().forEach(connections.registry()::remove);
		workbench.onUi(() -> {
			// a dialog a failed test left open would answer the next test's question
			for (Shell shell : workbench.display.getShells()) {
				if (shell != workbench.mainShell && shell.isVisible()) {
					shell.close();
				}
			}
			EPartService parts = workbench.window.getContext().get(EPartService.class);
			List.copyOf(parts.getParts()).stream().filter(p -> p.getTransientData().containsKey(LabelEditorPart.INPUT_KEY))
					.forEach(workbench::close);
			connections.fleet().removeHosts(List.copyOf(connections.fleet().fleet().getHosts()));
			return null;
		});
		try {
			agent.close();
		} finally {
			testCa.close();
		}
	}
}
