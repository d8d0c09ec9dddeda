package org.vtpmconsole.ui.connections;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A {@link ConnectionSettingsBlock} as a page of the connection's properties. */
final class BlockPreferencePage extends PreferencePage {

	private final ConnectionSettingsBlock block;

	BlockPreferencePage(ConnectionSettingsBlock block) {
		super(block.title());
		this.block = block;
		setDescription(block.description());
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		return block.createControl(parent, this::validate);
	}

	private void validate() {
		String error = block.error();
		setErrorMessage(error);
		setValid(error == null);
	}
}
