package org.vtpmconsole.ui.labels;

import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.TpmNameText;

/** Every SPEC §4.1 field of the label in words; the names are the format's own and are not translated. */
final class FieldsSection {

	private static final HexFormat HEX = HexFormat.of();

	private final FormToolkit toolkit;
	private final FormSection section;

	FieldsSection(FormToolkit toolkit, ScrolledForm form) {
		this.toolkit = toolkit;
		section = new FormSection(toolkit, form, Messages.FieldsTitle, Messages.FieldsDescription);
	}

	void show(org.vtpmconsole.model.Label input, Optional<Label> decoded) {
		section.clear();
		FieldRows rows = new FieldRows(toolkit, section.body());
		if (input.eContainer() instanceof VirtualMachine vm && vm.getUuid() != null) {
			rows.addCopyable(Messages.FieldVm, NLS.bind(Messages.FieldVmValue, LabelEditorPart.vmName(input), vm.getUuid()),
					vm.getUuid());
		}
		int size = input.getEncoded() == null ? 0 : input.getEncoded().length;
		if (decoded.isEmpty()) {
			rows.add("size", NLS.bind(Messages.FieldSizeUndecoded, size));
		}
		decoded.ifPresent(label -> {
			rows.add("status", label.status() + " (" + label.status().code() + ")");
			rows.add("size", NLS.bind(Messages.FieldSize, size));
			rows.add("digestAlg", TpmNameText.algorithm(label.digestAlgorithm().algId()));
			hexRow(rows, "uuidHash", label.uuidHash());
			hexRow(rows, "qemuDigest", label.qemuDigest());
			rows.addCopyable("signerName", TpmNameText.describe(label.signerName()), HEX.formatHex(label.signerName()));
			rows.addCopyable("recipientName", TpmNameText.describe(label.recipientName()),
					HEX.formatHex(label.recipientName()));
			rows.add("sigScheme", TpmNameText.algorithm(label.sigScheme()));
			rows.add("sigHash", TpmNameText.algorithm(label.sigHash()));
			String secret = HEX.formatHex(label.secret());
			rows.addCopyable("secret", NLS.bind(Messages.FieldSecret, FieldRows.shortenedHex(secret)), secret);
			hexRow(rows, "signature", label.signature());
		});
		section.relayout();
	}

	private static void hexRow(FieldRows rows, String name, byte[] value) {
		String hex = HEX.formatHex(value);
		rows.addCopyable(name, FieldRows.shortenedHex(hex), hex);
	}
}
