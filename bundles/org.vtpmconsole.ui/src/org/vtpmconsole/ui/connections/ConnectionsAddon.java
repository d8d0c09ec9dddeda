package org.vtpmconsole.ui.connections;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.vtpmconsole.ui.fleet.FleetTopics;

import jakarta.inject.Inject;

/** Starts the connection layer with the workbench: connects the registry's connections, and again on Refresh. */
public class ConnectionsAddon {

	@Inject
	private ConsoleConnections connections;

	@Inject
	@Optional
	void workbenchStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event) {
		connections.connectAll();
	}

	@Inject
	@Optional
	void refresh(@UIEventTopic(FleetTopics.REFRESH) Object event) {
		connections.connectAll();
	}
}
