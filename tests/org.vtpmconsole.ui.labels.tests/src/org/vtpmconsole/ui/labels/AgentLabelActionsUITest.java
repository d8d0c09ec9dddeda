package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.testing.ui.Workbench;

/**
 * The label editor's agent actions against a real agent (swtpm host TPM, QEMU for a running VM): the explorer's
 * verdicts computed by the console without an editor (a tampered label shown invalid), a re-issue with a new validity
 * read back through the agent's API and verified by the console, the refusal while the VM runs, state-key rotation
 * after its confirmation, an auditor's refusal, and every attempt in the audit log.
 */
class AgentLabelActionsUITest {

	@TempDir
	Path directory;
	private ConnectedAgent fleet;
	private Workbench workbench;
	private AgentClient admin;

	@BeforeEach
	void startFleet() throws Exception {
		fleet = ConnectedAgent.start(directory);
		workbench = fleet.workbench;
		admin = fleet.agent.client("admin");
	}

	@AfterEach
	void stopFleet() {
		fleet.close();
	}

	@Test
	void explorerVerdictsReissueRefusalWhileRunningAndRotationAgainstARealAgent() throws Exception {
		VmInfo vm = admin.create("16M");
		VmInfo tamperedVm = admin.create("16M");
		ConnectedAgent.tamperWithSignature(tamperedVm);
		fleet.connect("admin");
		org.vtpmconsole.model.Label label = fleet.awaitLabel(vm.uuid());
		org.vtpmconsole.model.Label tampered = fleet.awaitLabel(tamperedVm.uuid());

		// verified on arrival, in the console, with no editor open
		waitFor("the console's verdicts", () -> workbench.onUi(() -> label.getVerification() == VerificationState.VALID
				&& tampered.getVerification() == VerificationState.INVALID ? true : null));
		assertNull(workbench.onUi(() -> fleet.editorOf(tampered)), "no editor was opened");
		assertTrue(workbench.onUi(tampered::getVerificationDetail).contains("signature"),
				workbench.onUi(tampered::getVerificationDetail));
		TreeItem tamperedRow = fleet.explorerNode(tampered);
		String rows = waitFor("the explorer's decorations", () -> workbench.onUi(() -> {
			String vmRow = tamperedRow.getParentItem().getText();
			String hostRow = tamperedRow.getParentItem().getParentItem().getText();
			return tamperedRow.getText().contains("invalid") && vmRow.contains("label invalid")
					&& hostRow.contains("1 invalid label") ? hostRow + " | " + vmRow + " | " + tamperedRow.getText() : null;
		}));
		assertTrue(workbench.onUi(() -> fleet.explorerNode(label).getText()).contains("valid until"), rows);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "explorer-label-invalid"));

		Composite editor = fleet.openFromExplorer(label);
		byte[] secretBefore = LabelCodec.decode(admin.label(UUID.fromString(vm.uuid())).label()).secret();
		LocalDate wanted = LocalDate.now(ZoneOffset.UTC).plusDays(200);
		Instant asked = Instant.now();
		enterReissue(editor, wanted.toString());
		assertTrue(workbench.onUi(() -> fleet.editorOf(label).isDirty()), "a request is an unsaved change");
		String preview = status(editor, LabelEditorPart.REISSUE_STATUS_ID);
		int days = ReissueRequest.days(wanted.atStartOfDay().toInstant(ZoneOffset.UTC), asked);
		assertTrue(preview.contains("Sent as " + days + " days"), preview);
		// Save means "re-issue with these values": it sends the request, as the Re-issue button does below
		workbench.onUi(() -> fleet.editorOf(label).getContext().get(EPartService.class).savePart(fleet.editorOf(label), false));
		String done = awaitActionStatus(editor, "Done");
		Instant answered = Instant.now();

		org.vtpmconsole.label.Label fromAgent = LabelCodec.decode(admin.label(UUID.fromString(vm.uuid())).label());
		assertEquals(Duration.ofDays(days), Duration.between(fromAgent.notBefore(), fromAgent.notAfter()), done);
		assertFalse(fromAgent.notBefore().isBefore(asked.minusSeconds(1)) || fromAgent.notBefore().isAfter(answered), done);
		assertArrayEquals(fromAgent.encode(), workbench.onUi(label::getEncoded), "the agent's new label is in the model");
		waitFor("the new label verified by the console", () -> workbench.onUi(
				() -> label.getVerification() == VerificationState.VALID
						&& allText(editor).contains(LabelEditorPart.TIME.format(fromAgent.notAfter())) ? true : null));
		for (String check : List.of("signer", "signature", "validity", "VM UUID")) {
			assertEquals("\u2714 passed", fleet.check(editor, check), check);
		}
		assertFalse(workbench.onUi(() -> fleet.editorOf(label).isDirty()), "the request was carried out");
		assertEquals("", workbench.onUi(() -> ((Text) find(editor, LabelEditorPart.REISSUE_FIELD_ID)).getText()));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-reissued"));

		admin.start(UUID.fromString(vm.uuid()));
		int runningDays;
		try {
			LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(30);
			runningDays = ReissueRequest.days(later.atStartOfDay().toInstant(ZoneOffset.UTC), Instant.now());
			enterReissue(editor, later.toString());
			fleet.pressButton(editor, LabelEditorPart.REISSUE_ACTION);
			Shell refusal = workbench.shell("Re-issue Failed");
			String said = workbench.onUi(() -> allText(refusal));
			assertTrue(said.contains("stop the VM first") && said.contains("is running"), said);
			workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-reissue-refused-running"));
			workbench.press(refusal, "OK");
			assertTrue(awaitActionStatus(editor, "stop the VM first").contains("is running"));
			assertTrue(workbench.onUi(() -> fleet.editorOf(label).isDirty()), "a refused request stays to be sent again");
		} finally {
			admin.stop(UUID.fromString(vm.uuid()));
		}

		fleet.pressButton(editor, LabelEditorPart.ROTATE_ACTION);
		Shell confirmation = workbench.shell(LabelEditorPart.ROTATE_DIALOG_TITLE);
		String explained = workbench.onUi(() -> allText(confirmation));
		assertTrue(explained.contains("new state key") && explained.contains("must be stopped")
				&& explained.contains("old key is destroyed"), explained);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-rotate-confirmation"));
		workbench.press(confirmation, "Rotate");
		awaitActionStatus(editor, "Done");
		org.vtpmconsole.label.Label rotated = LabelCodec.decode(admin.label(UUID.fromString(vm.uuid())).label());
		assertFalse(Arrays.equals(secretBefore, rotated.secret()), "a new wrapped state key");
		assertEquals(fromAgent.notAfter(), rotated.notAfter(), "the same validity");
		assertArrayEquals(rotated.encode(), workbench.onUi(label::getEncoded));
		waitFor("the rotated label verified by the console", () -> workbench.onUi(() -> label.getVerification()
				== VerificationState.VALID && fleet.check(editor, "signature").equals("\u2714 passed") ? true : null));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-rotated"));
		workbench.onUi(() -> {
			CTabFolder pages = Workbench.first(editor, CTabFolder.class);
			pages.setSelection(1);
			pages.notifyListeners(SWT.Selection, new Event());
			return Workbench.screenshot(workbench.display, "label-editor-raw-after-rotation");
		});

		List<AuditEntry> audit = auditOf(vm.uuid());
		assertEquals(List.of("re-issue label (" + days + " days) SUCCESS", "re-issue label (" + runningDays + " days) FAILURE",
				"rotate state key SUCCESS"), audit.stream().map(e -> e.getAction() + " " + e.getOutcome()).toList());
		for (AuditEntry entry : audit) {
			assertEquals("CN=alice", entry.getUser());
			assertTrue(entry.getTarget().contains(ConnectedAgent.HOST_NAME), entry.getTarget());
		}
		assertTrue(audit.get(1).getDetail().contains("is running"), audit.get(1).getDetail());
		workbench.runMenu("Window", "Audit Log");
		waitFor("the audit log part", () -> workbench.onUi(() -> find(workbench.mainShell, "auditLog.table")));
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "audit-log-label-actions"));
	}

	@Test
	void anAuditorsRotationIsRefusedByTheAgentAndAnUnpinnedAgentIsNotSentAnything() throws Exception {
		VmInfo vm = admin.create("16M");
		fleet.connect("auditor");
		org.vtpmconsole.model.Label label = fleet.awaitLabel(vm.uuid());
		byte[] before = workbench.onUi(label::getEncoded);
		Composite editor = fleet.openFromExplorer(label);

		fleet.pressButton(editor, LabelEditorPart.ROTATE_ACTION);
		workbench.press(workbench.shell(LabelEditorPart.ROTATE_DIALOG_TITLE), "Rotate");
		Shell refusal = workbench.shell(LabelEditorPart.ROTATE_DIALOG_TITLE + " Failed");
		String said = workbench.onUi(() -> allText(refusal));
		assertTrue(said.contains("your role may not do this") && said.contains("auditor"), said);
		workbench.press(refusal, "OK");
		awaitActionStatus(editor, "your role may not do this");

		assertArrayEquals(before, admin.label(UUID.fromString(vm.uuid())).label(), "the agent's label is unchanged");
		assertArrayEquals(before, workbench.onUi(label::getEncoded), "and so is the console's");
		// an action never asks the trust question: an agent whose certificate is not the pinned one is refused
		fleet.connections().registry().connections().forEach(Connection::unpin);
		fleet.pressButton(editor, LabelEditorPart.ROTATE_ACTION);
		workbench.press(workbench.shell(LabelEditorPart.ROTATE_DIALOG_TITLE), "Rotate");
		Shell untrusted = workbench.shell(LabelEditorPart.ROTATE_DIALOG_TITLE + " Failed");
		String refused = workbench.onUi(() -> allText(untrusted));
		assertTrue(refused.contains("other than the one trusted for this connection"), refused);
		workbench.press(untrusted, "OK");

		List<AuditEntry> audit = auditOf(vm.uuid());
		assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.FAILURE), audit.stream().map(AuditEntry::getOutcome).toList());
		assertEquals(List.of("CN=olga", "CN=olga"), audit.stream().map(AuditEntry::getUser).toList());
	}

	private void enterReissue(Composite editor, String text) {
		workbench.onUi(() -> {
			Text field = (Text) find(editor, LabelEditorPart.REISSUE_FIELD_ID);
			field.setText(text);
			field.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
	}

	private String status(Composite editor, String id) {
		return workbench.onUi(() -> ((Label) find(editor, id)).getText());
	}

	private String awaitActionStatus(Composite editor, String expected) {
		return waitFor("the action's outcome '" + expected + "'", () -> workbench.onUi(() -> {
			Label status = (Label) find(editor, LabelEditorPart.ACTION_STATUS_ID);
			return status != null && status.getText().contains(expected) ? status.getText() : null;
		}));
	}

	private List<AuditEntry> auditOf(String vmUuid) {
		return workbench.onUi(() -> fleet.connections().fleet().fleet().getAuditLog().stream()
				.filter(entry -> entry.getTarget() != null && entry.getTarget().contains(vmUuid)).toList());
	}
}
