package org.vtpmconsole.ui.connections;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.vtpmconsole.client.ClientException;

/** Fleet ▸ New Connection...: the endpoint, then the identity (with Test Connection); Finish stores and connects. */
public final class NewConnectionWizard extends Wizard {

	private final ConnectionDraft draft;

	public NewConnectionWizard(ConsoleConnections connections) {
		draft = ConnectionDraft.create(connections);
		setWindowTitle("New Connection");
		// Test Connection runs through the wizard container: its progress bar and Cancel
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(new BlockWizardPage(new EndpointBlock(draft)));
		addPage(new BlockWizardPage(new IdentityBlock(draft, this::getContainer)));
	}

	@Override
	public boolean performFinish() {
		try {
			draft.apply();
			return true;
		} catch (ClientException e) {
			MessageDialog.openError(getShell(), "New Connection", e.getMessage());
			return false;
		}
	}
}
