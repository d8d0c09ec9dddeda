package org.vtpmconsole.ui.fleet;

import java.util.Collection;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;

/**
 * Removes hosts from the fleet; Undo puts them back where they were, unless the fleet has got a host at one of
 * their addresses since (a connection's visit adds its host): two hosts for one address would be one too many.
 */
final class RemoveHostsCommand extends RemoveCommand {

	private final Fleet fleet;

	RemoveHostsCommand(EditingDomain domain, Fleet fleet, Collection<Host> hosts) {
		super(domain, fleet.getHosts(), hosts);
		this.fleet = fleet;
		setLabel(hosts.size() == 1 ? "Remove Host " + hosts.iterator().next().getName() : "Remove " + hosts.size() + " Hosts");
	}

	@Override
	public boolean doCanUndo() {
		return super.doCanUndo() && getCollection().stream().map(Host.class::cast).map(Host::getAddress)
				.noneMatch(address -> address != null && fleet.getHosts().stream().anyMatch(h -> address.equals(h.getAddress())));
	}
}
