package org.vtpmconsole.ui.labels;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * Model processor: makes sure the application has the standard Save, Undo and Redo commands bound to Ctrl+S,
 * Ctrl+Z and Ctrl+Y, which editors serve with handlers in their own context. It only adds what is missing (a
 * processor, not a fragment, because a fragment element with an id the application already has replaces it), so
 * the shell bundle may define these itself later without a clash.
 */
public class StandardEditCommands {

	static final String SAVE = "org.eclipse.ui.file.save";
	static final String UNDO = "org.eclipse.ui.edit.undo";
	static final String REDO = "org.eclipse.ui.edit.redo";
	private static final String WINDOW_CONTEXT = "org.eclipse.ui.contexts.window";

	private record Standard(String id, String name, String keys) {
	}

	private static final List<Standard> STANDARD = List.of(new Standard(SAVE, "Save", "M1+S"),
			new Standard(UNDO, "Undo", "M1+Z"), new Standard(REDO, "Redo", "M1+Y"));

	@Execute
	public void addMissing(MApplication application, EModelService models) {
		MBindingTable window = application.getBindingTables().stream()
				.filter(t -> t.getBindingContext() != null && WINDOW_CONTEXT.equals(t.getBindingContext().getElementId()))
				.findFirst().orElse(null);
		for (Standard standard : STANDARD) {
			MCommand command = application.getCommands().stream().filter(c -> standard.id().equals(c.getElementId()))
					.findFirst().orElseGet(() -> {
						MCommand created = models.createModelElement(MCommand.class);
						created.setElementId(standard.id());
						created.setCommandName(standard.name());
						application.getCommands().add(created);
						return created;
					});
			if (window != null && window.getBindings().stream().noneMatch(b -> standard.keys().equals(b.getKeySequence()))) {
				MKeyBinding binding = models.createModelElement(MKeyBinding.class);
				binding.setElementId(standard.id() + ".binding");
				binding.setKeySequence(standard.keys());
				binding.setCommand(command);
				window.getBindings().add(binding);
			}
		}
	}
}
