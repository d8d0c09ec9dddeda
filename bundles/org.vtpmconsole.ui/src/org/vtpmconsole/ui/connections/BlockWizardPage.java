package org.vtpmconsole.ui.connections;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;

/** A {@link ConnectionSettingsBlock} as a wizard page. */
final class BlockWizardPage extends WizardPage {

	private final ConnectionSettingsBlock block;

	BlockWizardPage(ConnectionSettingsBlock block) {
		super(block.getClass().getSimpleName(), block.title(), null);
		this.block = block;
		setDescription(block.description());
	}

	@Override
	public void createControl(Composite parent) {
		setControl(block.createControl(parent, this::validate));
		validate();
		setErrorMessage(null);
	}

	private void validate() {
		String error = block.error();
		setErrorMessage(error);
		setPageComplete(error == null);
	}
}
