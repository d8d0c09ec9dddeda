package org.vtpmconsole.ui.connections;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.Connection;

/** A connection's properties: the New Connection wizard's pages in a JFace preference dialog; OK saves and reconnects. */
public final class ConnectionPropertiesDialog extends PreferenceDialog {

	private static final String ENDPOINT_PAGE = "endpoint";

	private final ConnectionDraft draft;

	private ConnectionPropertiesDialog(Shell parent, PreferenceManager pages, ConnectionDraft draft) {
		super(parent, pages);
		this.draft = draft;
	}

	public static ConnectionPropertiesDialog of(Shell parent, ConsoleConnections connections, Connection connection) {
		ConnectionDraft draft = ConnectionDraft.edit(connections, connection);
		PreferenceManager pages = new PreferenceManager();
		pages.addToRoot(new PreferenceNode(ENDPOINT_PAGE, new BlockPreferencePage(new EndpointBlock(draft))));
		pages.addToRoot(new PreferenceNode("identity", new BlockPreferencePage(new IdentityBlock(draft, null))));
		ConnectionPropertiesDialog dialog = new ConnectionPropertiesDialog(parent, pages, draft);
		// always the same first page, not the one a dialog for another connection was left on
		dialog.setSelectedNode(ENDPOINT_PAGE);
		return dialog;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Properties for " + draft.name);
	}

	@Override
	protected void okPressed() {
		try {
			draft.apply();
			super.okPressed();
		} catch (ClientException e) {
			MessageDialog.openError(getShell(), "Connection Properties", e.getMessage());
		}
	}
}
