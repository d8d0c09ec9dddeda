package org.vtpmconsole.ui.handlers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.fleet.HostAddress;

/** Asks for a host's name and its agent's address; OK stays disabled until both are usable. */
class AddHostDialog extends TitleAreaDialog {

	private final Fleet fleet;
	private Text nameField;
	private Text addressField;
	private String hostName;
	private String address;

	AddHostDialog(Shell parent, Fleet fleet) {
		super(parent);
		this.fleet = fleet;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Add Host");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Add a compute host");
		setMessage("Name the host and give the address its agent listens on.");
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		nameField = field(fields, "&Name:", "compute-01");
		addressField = field(fields, "Agent &address:", "10.0.0.5:8443");
		return area;
	}

	private Text field(Composite parent, String label, String example) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setMessage(example);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("&Add");
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	private void validate() {
		String problem = HostAddress.checkName(nameField.getText().trim());
		if (problem == null && fleet.getHosts().stream().map(Host::getName)
				.anyMatch(nameField.getText().trim()::equals)) {
			problem = "The fleet already has a host named '" + nameField.getText().trim() + "'.";
		}
		if (problem == null) {
			problem = HostAddress.checkAddress(addressField.getText().trim());
		}
		if (problem == null) {
			setMessage("Name the host and give the address its agent listens on.");
		} else {
			setMessage(problem, IMessageProvider.ERROR);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		hostName = nameField.getText().trim();
		address = addressField.getText().trim();
		super.okPressed();
	}

	String hostName() {
		return hostName;
	}

	String address() {
		return address;
	}
}
