package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The console against a real agent (swtpm as host TPM) in a real CA's fleet: Fleet ▸ New Connection for the agent
 * with the trust prompt, the host and its VM in the explorer, the VM's label opened from the explorer and verified by
 * the console (its RSA_local certified by the host's AIK, whose fleet certificate the console checks), then the label
 * tampered with in the VM's qcow2 image: after Fleet ▸ Refresh the open editor shows the signature failing with its
 * reason.
 */
class AgentConnectionUITest {

	@TempDir
	Path directory;
	private ConnectedAgent fleet;
	private Workbench workbench;
	private VmInfo vm;

	@BeforeEach
	void startFleet() throws Exception {
		fleet = ConnectedAgent.start(directory);
		workbench = fleet.workbench;
		vm = fleet.agent.client("admin").create("16M");
	}

	@AfterEach
	void stopFleet() {
		fleet.close();
	}

	@Test
	void agentHostAndLabelAreShownVerifiedAndATamperedLabelFails() throws Exception {
		String result = fleet.connect("admin");
		assertTrue(result.startsWith("Connected as CN=alice"), result);
		org.vtpmconsole.model.Label label = fleet.awaitLabel(vm.uuid());

		TreeItem labelNode = fleet.explorerNode(label);
		String explorerText = workbench.onUi(() -> labelNode.getParentItem().getParentItem().getText());
		assertTrue(explorerText.contains(ConnectedAgent.HOST_NAME), explorerText);
		List<String> vmChildren = waitFor("the VM's rows in the explorer", () -> workbench.onUi(() -> {
			List<String> texts = Arrays.stream(labelNode.getParentItem().getItems()).map(TreeItem::getText).toList();
			return texts.size() == 3 ? texts : null;
		}));
		assertTrue(vmChildren.get(0).startsWith("vTPM  not running") && vmChildren.get(1).startsWith("Label")
				&& vmChildren.get(2).startsWith("Snapshots"), vmChildren.toString());
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-explorer"));

		Composite editor = fleet.openFromExplorer(label);
		String verified = workbench.onUi(() -> allText(editor));
		assertEquals("\u2714 passed", fleet.check(editor, "signer"), verified);
		assertEquals("\u2714 passed", fleet.check(editor, "signature"), verified);
		assertTrue(verified.contains("RSA_local of " + ConnectedAgent.HOST_NAME + " (certified by its AIK, fleet certificate "), verified);
		assertEquals(VerificationState.VALID, workbench.onUi(label::getVerification));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-label-verified"));

		ConnectedAgent.tamperWithSignature(vm);
		workbench.runMenu("Fleet", "Refresh");
		waitFor("the signature failure after Refresh", () -> workbench.onUi(() -> find(editor, "check:signature") instanceof Label l
				&& !l.isDisposed() && l.getText().contains("FAILED") ? l : null));
		String tampered = workbench.onUi(() -> allText(editor));
		assertTrue(tampered.contains("the label was altered after signing"), tampered);
		assertEquals(VerificationState.INVALID, workbench.onUi(label::getVerification));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "agent-label-tampered"));
	}

	/**
	 * Without a CA connection the agent session's fleet root (the user's own identity's) and the root-signed CRL the
	 * agent served are what the AIK certificate is checked with, so an auditor connected to agents alone sees LOCAL
	 * labels verified too.
	 */
	@Test
	void anAgentAloneGivesTheConsoleTheRootAndCrlToCheckItsLabelsWith() throws Exception {
		VmInfo named = fleet.agent.client("admin").create("16M", "web-01");
		// whatever an earlier test's CA connection left behind must not be what this one checks with
		workbench.onUi(() -> {
			workbench.application.getContext().remove(CertificateTrust.class);
			return null;
		});
		String result = fleet.connectAgent("auditor");
		assertTrue(result.startsWith("Connected as CN=olga"), result);
		Composite editor = fleet.openFromExplorer(fleet.awaitLabel(named.uuid()));
		String verified = workbench.onUi(() -> allText(editor));
		assertEquals("\u2714 passed", fleet.check(editor, "signer"), verified);
		assertTrue(verified.contains("RSA_local of " + ConnectedAgent.HOST_NAME + " (certified by its AIK"), verified);
		assertTrue(verified.contains("vTPM label \u00B7 web-01"), verified);
	}
}
