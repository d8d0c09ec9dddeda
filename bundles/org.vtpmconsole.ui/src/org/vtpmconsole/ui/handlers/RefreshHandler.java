package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.ui.fleet.FleetTopics;

/** F5, Fleet ▸ Refresh: announces the request; the explorer and (later) the connection layer act on it. */
public class RefreshHandler {

	@Execute
	public void execute(IEventBroker broker, FleetRepository repository) {
		broker.send(FleetTopics.REFRESH, repository.fleet());
	}
}
