package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.fleet.FleetRepository;

import jakarta.inject.Named;

public class AddHostHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, FleetRepository repository) {
		AddHostDialog dialog = new AddHostDialog(shell, repository.fleet());
		if (dialog.open() == Window.OK) {
			repository.addHost(dialog.hostName(), dialog.address());
		}
	}
}
