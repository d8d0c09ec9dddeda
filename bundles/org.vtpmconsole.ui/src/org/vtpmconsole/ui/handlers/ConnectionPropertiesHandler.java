package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.connections.ConnectionPropertiesDialog;
import org.vtpmconsole.ui.connections.ConsoleConnections;

import jakarta.inject.Named;

/**
 * Connection Properties...: the selected host's agent connection (explorer context menu, Fleet menu), or the fleet
 * CA connection (Fleet ▸ Fleet CA Connection...); the New Connection wizard's pages, OK applies and reconnects.
 */
public class ConnectionPropertiesHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(SelectedConnection.PARAMETER) String which,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			ConsoleConnections connections) {
		return SelectedConnection.of(which, selection, connections).isPresent();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Optional @Named(SelectedConnection.PARAMETER) String which,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			ConsoleConnections connections) {
		SelectedConnection.of(which, selection, connections)
				.ifPresent(connection -> ConnectionPropertiesDialog.of(shell, connections, connection).open());
	}
}
