package org.vtpmconsole.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.editors.EditorOpener;

import jakarta.inject.Named;

/**
 * Remove Connection...: after the user confirms what goes (the connection, its client identity in secure storage,
 * the host and its VMs in the fleet view; the audit log stays), the console forgets the selected host's agent
 * connection, or with the {@value SelectedConnection#CA} parameter (Fleet ▸ Remove Fleet CA Connection...) the fleet CA
 * connection, whose root and CRL the certificate and label checks then no longer have.
 */
public class RemoveConnectionHandler {

	public static final String DIALOG_TITLE = "Remove Connection";

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
			ConsoleConnections connections, EditorOpener editors) {
		Connection connection = SelectedConnection.of(which, selection, connections).orElse(null);
		if (connection == null) {
			return;
		}
		List<Host> hosts = connections.fleet().fleet().getHosts().stream().filter(connection::isAgentOf).toList();
		MessageDialog confirm = new MessageDialog(shell, DIALOG_TITLE, null, question(connection, hosts),
				MessageDialog.CONFIRM, 1, "&Remove", "Cancel");
		if (confirm.open() != 0) {
			return;
		}
		hosts.forEach(editors::closeEditorsWithin);
		removeConnection(shell, connections, connection);
	}

	/** Removes it, or tells the user why it stays. */
	static void removeConnection(Shell shell, ConsoleConnections connections, Connection connection) {
		try {
			connections.remove(connection);
		} catch (ClientException e) {
			MessageDialog.openError(shell, DIALOG_TITLE,
					"The connection " + connection.name() + " was not removed: " + e.getMessage());
		}
	}

	private static String question(Connection connection, List<Host> hosts) {
		StringBuilder text = new StringBuilder("Remove the connection '").append(connection.name()).append("' (")
				.append(connection.uri()).append(")?\n\nThe console forgets:\n\u2022 the connection\n\u2022 its client identity")
				.append(connection.identityLabel().map(label -> " (" + label + ")").orElse(""))
				.append(" and password in secure storage");
		for (Host host : hosts) {
			int vms = host.getVirtualMachines().size();
			text.append("\n\u2022 host '").append(host.getName()).append("' and its ")
					.append(vms == 1 ? "virtual machine" : vms + " virtual machines").append(" in the fleet view");
		}
		if (connection.kind() == ConnectionKind.CA) {
			text.append("\n\u2022 the fleet root and CRL from this CA: the CA view empties, and certificate and label checks "
					+ "use an agent's CRL, if any, until a fleet CA is connected again");
		}
		return text.append("\n\nThe audit log keeps its entries. Nothing changes on the "
				+ (connection.kind() == ConnectionKind.CA ? "CA" : "host") + " itself; add the connection again to see it "
				+ "here.").toString();
	}
}
