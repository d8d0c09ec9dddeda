package org.vtpmconsole.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.vtpmconsole.client.Connection;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.editors.EditorOpener;
import org.vtpmconsole.ui.fleet.FleetRepository;

import jakarta.inject.Named;

/**
 * Remove Host...: after the user confirms, the console forgets the selected hosts and closes their editors. A host
 * reached through an agent connection loses that connection and its stored identity too, or the next refresh would
 * bring it back.
 */
public class RemoveHostHandler {

	public static final String DIALOG_TITLE = "Remove Host";

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		return !FleetSelection.allOf(selection, Host.class).isEmpty();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection, FleetRepository repository,
			EditorOpener editors, ConsoleConnections connections) {
		List<Host> hosts = FleetSelection.allOf(selection, Host.class);
		List<Connection> agents = hosts.stream().map(connections::agentOf).flatMap(agent -> agent.stream()).distinct().toList();
		MessageDialog confirm = new MessageDialog(shell, DIALOG_TITLE, null, question(hosts, agents),
				MessageDialog.CONFIRM, 1, "&Remove", "Cancel");
		if (confirm.open() != 0) {
			return;
		}
		hosts.forEach(editors::closeEditorsWithin);
		agents.forEach(agent -> RemoveConnectionHandler.removeConnection(shell, connections, agent));
		repository.removeHosts(hosts.stream().filter(host -> connections.agentOf(host).isEmpty()).toList());
	}

	private static String question(List<Host> hosts, List<Connection> agents) {
		int vms = hosts.stream().mapToInt(host -> host.getVirtualMachines().size()).sum();
		String which = hosts.size() == 1 ? "host '" + hosts.get(0).getName() + "'" : hosts.size() + " hosts";
		String question = "Remove " + which + " from the fleet?\n\nThe console forgets "
				+ (hosts.size() == 1 ? "it" : "them") + " and "
				+ (vms == 1 ? "its virtual machine" : "the " + vms + " virtual machines")
				+ ". Nothing changes on the host itself; add it again to see it here.";
		if (agents.isEmpty()) {
			return question;
		}
		return question + "\n\nThe agent connection" + (agents.size() == 1 ? " " : "s ")
				+ String.join(", ", agents.stream().map(Connection::name).toList())
				+ " and the client identity stored for " + (agents.size() == 1 ? "it" : "them")
				+ " in secure storage are removed too; the audit log keeps its entries.";
	}
}
