package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * Edit ▸ Undo (Ctrl+Z) for the fleet: undoes the last command on the fleet's command stack (Add Host, Remove
 * Host). An editor that has its own undo serves the same command in its part's context while it is active.
 */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(FleetRepository repository) {
		return repository.commandStack().canUndo();
	}

	@Execute
	public void execute(FleetRepository repository) {
		repository.undo();
	}
}
