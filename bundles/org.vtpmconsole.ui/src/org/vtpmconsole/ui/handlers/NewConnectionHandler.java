package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.connections.NewConnectionWizard;

import jakarta.inject.Named;

/** Fleet ▸ New Connection...: the wizard for a fleet CA or host agent connection. */
public class NewConnectionHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsoleConnections connections) {
		new WizardDialog(shell, new NewConnectionWizard(connections)).open();
	}
}
