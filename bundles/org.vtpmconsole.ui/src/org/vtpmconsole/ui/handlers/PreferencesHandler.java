package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.ui.preferences.ConnectionsPreferencePage;

import jakarta.inject.Named;

/** Window ▸ Preferences...: the JFace preference dialog with the console's pages. */
public class PreferencesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode(ConnectionsPreferencePage.ID, new ConnectionsPreferencePage()));
		PreferenceDialog dialog = new PreferenceDialog(shell, pages);
		dialog.setSelectedNode(ConnectionsPreferencePage.ID);
		dialog.open();
	}
}
