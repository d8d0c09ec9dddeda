package org.vtpmconsole.ui.labels;

import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** A handler an editor activates in its own context, so a global command (Undo, Save) acts on that editor. */
final class EditorCommandHandler {

	private final Runnable action;
	private final BooleanSupplier enabled;

	EditorCommandHandler(Runnable action, BooleanSupplier enabled) {
		this.action = action;
		this.enabled = enabled;
	}

	@CanExecute
	public boolean canExecute() {
		return enabled.getAsBoolean();
	}

	@Execute
	public void execute() {
		action.run();
	}
}
