package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.vtpmconsole.ui.editors.EditorOpener;

import jakarta.inject.Named;

/** Open: the editor of each selected fleet element (the opener says when a type has none). */
public class OpenHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		return !FleetSelection.allOf(selection, EObject.class).isEmpty();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			EditorOpener editors) {
		FleetSelection.allOf(selection, EObject.class).forEach(editors::open);
	}
}
