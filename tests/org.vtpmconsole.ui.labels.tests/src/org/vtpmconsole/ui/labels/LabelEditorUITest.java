package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vtpmconsole.testing.ui.Workbench.allText;
import static org.vtpmconsole.testing.ui.Workbench.find;
import static org.vtpmconsole.testing.ui.Workbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.HashAlgorithm;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.ui.Workbench;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The label editor in the running console on REAL labels: made by HostLabels on two throwaway swtpm host TPMs,
 * with host A's RSA_mig certified by a real FleetCa in a temporary directory. A MIGRATING label (signed by A's
 * RSA_mig) verifies with the default trust; a LOCAL one does not, since nothing here certifies the host's RSA_local with its AIK.
 */
class LabelEditorUITest {

	private static final String DESCRIPTOR = "org.vtpmconsole.ui.labels.editor";
	private static final UUID VM = UUID.fromString("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
	private static final byte[] QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 7.2".getBytes());
	private static final HexFormat HEX = HexFormat.of();

	private static ProvisionedSwtpm swtpmA;
	private static ProvisionedSwtpm swtpmB;
	private static TssHostTpm hostA;
	private static TssHostTpm hostB;
	private static Path caDirectory;
	private static FleetCa ca;
	private static IssuedCertificate rsaMigCertificate;
	private static org.vtpmconsole.label.Label localLabel;
	private static org.vtpmconsole.label.Label migratingLabel;

	private Workbench workbench;
	private MPart editor;

	@BeforeAll
	static void makeRealLabels() throws Exception {
		swtpmA = ProvisionedSwtpm.start();
		swtpmB = ProvisionedSwtpm.start();
		hostA = swtpmA.tpm;
		hostB = swtpmB.tpm;
		caDirectory = Files.createTempDirectory("label-editor-ca");
		ca = FleetCa.init(caDirectory.resolve("ca"), "label editor test passphrase".toCharArray(), CaOptions.defaults());
		rsaMigCertificate = ca.issue(CertificateRequest.builder("compute-a", Role.RSA_MIG,
				hostA.publicKey(KeyRole.RSA_MIG)).tpmName(hostA.name(KeyRole.RSA_MIG)).build());
		HostLabels labelsA = new HostLabels(hostA, Clock.systemUTC(), new SecureRandom());
		try (HostLabels.Created created = labelsA.create(VM, QEMU, Duration.ofDays(90))) {
			localLabel = created.label();
		}
		migratingLabel = labelsA.toMigrating(localLabel, new TrustedSigner(hostB.publicKey(KeyRole.RSA_MIG),
				hostB.name(KeyRole.RSA_MIG), TrustedSigner.Role.RSA_MIG, "RSA_mig of compute-b"));
	}

	@AfterAll
	static void stopHosts() throws Exception {
		ca.close();
		swtpmA.close();
		swtpmB.close();
	}

	@BeforeEach
	void trustTheFleetCa() throws Exception {
		workbench = Workbench.find();
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		workbench.onUi(() -> {
			workbench.application.getContext().set(CertificateTrust.class, trust);
			return null;
		});
		ApprovedQemuPreference.approve(workbench, QEMU);
	}

	@AfterEach
	void closeEditor() {
		if (editor != null) {
			workbench.onUi(() -> {
				editor.setDirty(false);
				return null;
			});
			workbench.close(editor);
		}
	}

	/** Host compute-a with its CA-certified RSA_mig and the VM holding the label. */
	private static org.vtpmconsole.model.Label modelOf(org.vtpmconsole.label.Label label) {
		FleetFactory factory = FleetFactory.eINSTANCE;
		Host host = factory.createHost();
		host.setName("compute-a");
		Certificate certificate = factory.createCertificate();
		certificate.setSerialNumber(rsaMigCertificate.serialHex().toLowerCase());
		certificate.setSubject("CN=compute-a");
		try {
			certificate.setEncoded(rsaMigCertificate.certificate().getEncoded());
		} catch (java.security.cert.CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
		host.getCertificates().add(certificate);
		VirtualMachine vm = factory.createVirtualMachine();
		vm.setName("web-01");
		vm.setUuid(VM.toString());
		host.getVirtualMachines().add(vm);
		org.vtpmconsole.model.Label model = factory.createLabel();
		model.setEncoded(label.encode());
		vm.setLabel(model);
		return model;
	}

	private Composite open(org.vtpmconsole.model.Label input) {
		editor = workbench.openEditor(DESCRIPTOR, input);
		return waitFor("the label editor's verification", () -> workbench.onUi(() -> {
			Composite root = (Composite) editor.getWidget();
			return root != null && root.isVisible() && root.getSize().x > 0 && find(root, LabelEditorPart.VERIFICATION_ID) != null ? root : null;
		}));
	}

	private String check(Composite root, String kind) {
		return workbench.onUi(() -> ((Label) find(root, "check:" + kind)).getText());
	}

	@Test
	void migratingLabelShowsEveryFieldAndVerifies() {
		org.vtpmconsole.model.Label input = modelOf(migratingLabel);
		Composite root = open(input);
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("MIGRATING (2)"), text);
		assertTrue(text.contains("SHA-256 (0x000B)"), "digestAlg by name");
		assertTrue(text.contains(HEX.formatHex(migratingLabel.uuidHash())), "uuidHash in hex");
		assertTrue(text.contains(HEX.formatHex(QEMU)), "qemuDigest in hex");
		assertTrue(text.contains("SHA-256 (0x000B) \u00B7 " + HEX.formatHex(migratingLabel.signerName()).substring(4)),
				"signerName decoded into nameAlg and digest");
		assertTrue(text.contains(HEX.formatHex(migratingLabel.recipientName()).substring(4)), "recipientName");
		assertTrue(text.contains("RSASSA (0x0014)"), "sigScheme by name");
		assertTrue(text.contains("RSA-OAEP(SHA-256) wrapped state key, 256 bytes"), "secret");
		String notBefore = migratingLabel.notBefore().atOffset(ZoneOffset.UTC).toLocalDate().toString();
		assertTrue(text.contains(notBefore), "notBefore as a date");
		for (String kind : new String[] { "signer", "signature", "validity", "QEMU binary", "VM UUID" }) {
			assertEquals("\u2714 passed", check(root, kind), kind);
		}
		assertTrue(text.contains("signed by RSA_mig of compute-a (fleet certificate"), text);
		// rendering only reads: a label outside the fleet model keeps the verdict it had (the addon writes verdicts)
		assertEquals(VerificationState.UNVERIFIED, workbench.onUi(input::getVerification), "the editor wrote a verdict");

		ValidityBar.Geometry bar = waitFor("the validity bar painted", () -> workbench.onUi(
				() -> ((ValidityBar) find(root, LabelEditorPart.VALIDITY_BAR_ID)).lastPainted()));
		assertTrue(bar.windowStart() <= bar.now() && bar.now() < bar.warningStart() && bar.warningStart() < bar.windowEnd(),
				"now inside the green part of the window: " + bar);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-overview"));

		workbench.onUi(() -> {
			CTabFolder pages = Workbench.all(root, CTabFolder.class, f -> true).get(0);
			pages.setSelection(1);
			return null;
		});
		String dump = workbench.onUi(() -> ((StyledText) find(root, RawBytesPage.DUMP_ID)).getText());
		assertTrue(dump.startsWith("00000000  56 54 50 4c 01 02 "), dump.lines().findFirst().orElse(""));
		assertTrue(dump.contains("|VTPL"), "ASCII column");
		Table fields = workbench.onUi(() -> (Table) find(root, RawBytesPage.FIELDS_ID));
		assertEquals(14, workbench.onUi(fields::getItemCount));
		assertEquals("350 (0x15e)", workbench.onUi(() -> fields.getItem(9).getText(0)), "signerName's offset");
		assertEquals("signerName", workbench.onUi(() -> fields.getItem(9).getText(2)));
		workbench.onUi(() -> {
			fields.setSelection(9);
			fields.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		String selected = workbench.onUi(() -> ((StyledText) find(root, RawBytesPage.DUMP_ID)).getSelectionText());
		// offset 350 is column 14 of line 0x150: size 0x0022 ends that line, nameAlg 0x000b starts the next
		assertTrue(selected.startsWith("00 22") && selected.contains("00000160  00 0b"), "selecting a field selects its bytes: " + selected);
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-raw-hex"));
	}

	/**
	 * The agent's approved QEMU list decides nothing: with the console's own list cleared the label turns invalid at
	 * once (the preference is all that changes), though the agent still calls this QEMU approved.
	 */
	@Test
	void theConsolesOwnQemuListDecidesNotTheAgents() throws Exception {
		org.vtpmconsole.model.Label input = modelOf(migratingLabel);
		workbench.onUi(() -> ((Host) input.eContainer().eContainer()).getApprovedQemuDigests().add(HEX.formatHex(QEMU)));
		Composite root = open(input);
		assertEquals("\u2714 passed", check(root, "QEMU binary"));

		ApprovedQemuPreference.clear(workbench);
		waitFor("the QEMU check failing", () -> workbench.onUi(() -> find(root, "check:QEMU binary") instanceof Label l
				&& !l.isDisposed() && l.getText().contains("FAILED") ? l : null));
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("not checked, which the console counts as not valid: the console approves no QEMU binary"
				+ " yet"), text);
		assertTrue(text.contains("(information only: an agent's word is not trusted)"), text);
		assertEquals(VerificationState.UNVERIFIED, workbench.onUi(input::getVerification), "the editor wrote a verdict");

		ApprovedQemuPreference.approve(workbench, QEMU);
		waitFor("the QEMU check passing again", () -> workbench.onUi(() -> find(root, "check:QEMU binary") instanceof Label l
				&& !l.isDisposed() && l.getText().contains("passed") ? l : null));
	}

	@Test
	void tamperedByteFailsTheSignatureWithItsReason() {
		org.vtpmconsole.model.Label input = modelOf(migratingLabel);
		Composite root = open(input);
		assertEquals("\u2714 passed", check(root, "signature"));
		workbench.onUi(() -> {
			byte[] tampered = input.getEncoded().clone();
			tampered[300] ^= 0x01; // inside uuidHash (offset 282 + 2 ... 315)
			input.setEncoded(tampered);
			return null;
		});
		waitFor("the signature failure", () -> workbench.onUi(
				() -> find(root, "check:signature") instanceof Label l && !l.isDisposed() && l.getText().contains("FAILED") ? l : null));
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("the signature does not match the label's content: the label was altered after signing"), text);
		assertEquals("\u2718 FAILED", check(root, "VM UUID"));
		assertEquals(VerificationState.UNVERIFIED, workbench.onUi(input::getVerification), "the editor wrote a verdict");
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-tampered"));
	}

	@Test
	void localLabelSignerIsNotVouchedForByTheFleetCa() {
		Composite root = open(modelOf(localLabel));
		assertEquals("\u2718 FAILED", check(root, "signer"));
		String text = workbench.onUi(() -> allText(root));
		assertTrue(text.contains("signer not vouched for by the fleet CA"), text);
		assertTrue(text.contains("RSA_local, which the fleet CA vouches for only through the host's AIK"), text);
	}

	@Test
	void theValidityBarKeepsBothDatesWholeAndInViewWhenTheEditorIsNarrow() {
		Composite root = open(modelOf(localLabel));
		int wide = waitFor("the validity bar painted", () -> workbench.onUi(
				() -> ((ValidityBar) find(root, LabelEditorPart.VALIDITY_BAR_ID)).lastPainted())).width();
		EModelService models = workbench.onUi(() -> workbench.window.getContext().get(EModelService.class));
		MUIElement editors = workbench.onUi(() -> models.find(Workbench.EDITOR_STACK_ID, workbench.application));
		MUIElement explorer = workbench.onUi(() -> models.find("org.vtpmconsole.ui.stack.explorer", workbench.application));
		String editorsWeight = workbench.onUi(editors::getContainerData);
		String explorerWeight = workbench.onUi(explorer::getContainerData);
		try {
			// the user drags the sash: the editor gets a quarter of the window
			workbench.onUi(() -> {
				explorer.setContainerData("75");
				editors.setContainerData("25");
				return null;
			});
			ValidityBar.Geometry bar = waitFor("the validity bar painted narrow", () -> workbench.onUi(() -> {
				ValidityBar canvas = (ValidityBar) find(root, LabelEditorPart.VALIDITY_BAR_ID);
				ValidityBar.Geometry painted = canvas.lastPainted();
				return painted != null && painted.width() == canvas.getSize().x && painted.width() < wide / 2 ? painted : null;
			}));
			String geometry = bar.toString();
			for (Rectangle text : List.of(bar.fromText(), bar.untilText(), bar.nowText())) {
				assertTrue(text.x >= 0 && text.x + text.width <= bar.width(), "a date inside the bar: " + geometry);
			}
			assertFalse(bar.fromText().intersects(bar.untilText()), "start and end dates apart: " + geometry);
			boolean inView = workbench.onUi(() -> {
				ValidityBar canvas = (ValidityBar) find(root, LabelEditorPart.VALIDITY_BAR_ID);
				ScrolledForm form = Workbench.first(root, ScrolledForm.class);
				int barRight = canvas.toDisplay(canvas.getSize().x, 0).x;
				return barRight <= form.toDisplay(form.getClientArea().width, 0).x;
			});
			assertTrue(inView, "the bar's right end inside the visible form, not scrolled off: " + geometry);
			workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-validity-bar-narrow"));
		} finally {
			workbench.onUi(() -> {
				explorer.setContainerData(explorerWeight);
				editors.setContainerData(editorsWeight);
				return null;
			});
		}
	}

	@Test
	void invalidReissueDatesAreRefusedAtTheFieldAndValidOnesUndo() {
		Composite root = open(modelOf(migratingLabel));
		Text field = workbench.onUi(() -> (Text) find(root, LabelEditorPart.REISSUE_FIELD_ID));
		assertRefused(root, field, "2001-01-01", "is in the past");
		workbench.onUi(() -> Workbench.screenshot(workbench.display, "label-editor-refused-date"));
		assertRefused(root, field, "next tuesday", "is not a date");
		assertRefused(root, field, LocalDate.now(ZoneOffset.UTC).plusYears(11).toString(), "more than 10 years");

		String wanted = LocalDate.now(ZoneOffset.UTC).plusDays(200).toString();
		enter(field, wanted);
		assertTrue(workbench.onUi(editor::isDirty), "a valid request makes the editor dirty");
		assertEquals(wanted + " 00:00", workbench.onUi(field::getText));

		execute(StandardEditCommands.UNDO);
		assertFalse(workbench.onUi(editor::isDirty), "undo back to the saved state");
		assertEquals("", workbench.onUi(field::getText));
		execute(StandardEditCommands.REDO);
		assertTrue(workbench.onUi(editor::isDirty), "redo");
		assertEquals(wanted + " 00:00", workbench.onUi(field::getText));

		// Save sends the request to the VM's agent; this host has none, so nothing is sent and the request stays
		workbench.onUi(() -> editor.getContext().get(EPartService.class).savePart(editor, false));
		assertTrue(workbench.onUi(editor::isDirty), "a request no agent carried out is still unsaved");
		String status = workbench.onUi(() -> ((Label) find(root, LabelEditorPart.REISSUE_STATUS_ID)).getText());
		assertTrue(status.startsWith("Not sent: ") && status.contains("no agent connection"), status);
		assertEquals(wanted + " 00:00", workbench.onUi(field::getText));
	}

	private void assertRefused(Composite root, Text field, String typed, String reason) {
		enter(field, typed);
		String status = workbench.onUi(() -> ((Label) find(root, LabelEditorPart.REISSUE_STATUS_ID)).getText());
		assertTrue(status.startsWith("Refused: ") && status.contains(reason), status);
		assertFalse(workbench.onUi(editor::isDirty), typed + " must not be applied");
	}

	private void enter(Text field, String typed) {
		workbench.onUi(() -> {
			field.setText(typed);
			field.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
	}

	/** What Ctrl+Z / Ctrl+Y do: the standard command, served by the editor's handler in its own context. */
	private void execute(String commandId) {
		workbench.onUi(() -> {
			ECommandService commands = editor.getContext().get(ECommandService.class);
			EHandlerService handlers = editor.getContext().get(EHandlerService.class);
			assertNotNull(commands.getCommand(commandId), commandId + " in the application");
			return handlers.executeHandler(commands.createCommand(commandId, null));
		});
	}
}
