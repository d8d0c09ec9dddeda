package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.vtpmconsole.ui.fleet.FleetRepository;

/** Edit ▸ Redo (Ctrl+Y) for the fleet: redoes what {@link UndoHandler} undid. */
public class RedoHandler {

	@CanExecute
	public boolean canExecute(FleetRepository repository) {
		return repository.commandStack().canRedo();
	}

	@Execute
	public void execute(FleetRepository repository) {
		repository.redo();
	}
}
