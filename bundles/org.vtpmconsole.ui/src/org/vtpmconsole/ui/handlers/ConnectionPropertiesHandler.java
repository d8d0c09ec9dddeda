package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.connections.ConnectionPropertiesDialog;
import org.vtpmconsole.ui.connections.ConsoleConnections;

import jakarta.inject.Named;

/** Fleet ▸ Fleet CA Connection...: the properties of the CA connection (the wizard's pages). */
public class ConnectionPropertiesHandler {

	@CanExecute
	public boolean canExecute(ConsoleConnections connections) {
		return connections.registry().ca().isPresent();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsoleConnections connections) {
		connections.registry().ca().ifPresent(ca -> ConnectionPropertiesDialog.of(shell, connections, ca).open());
	}
}
