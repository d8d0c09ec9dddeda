package org.vtpmconsole.ui.services;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.vtpmconsole.ui.connections.ConsoleConnections;
import org.vtpmconsole.ui.connections.WorkspaceConnections;

/** The workspace's connections (OSGI-INF/consoleConnections.xml). */
public final class ConsoleConnectionsFunction extends ApplicationServiceFunction<ConsoleConnections> {

	public ConsoleConnectionsFunction() {
		super(ConsoleConnections.class);
	}

	@Override
	ConsoleConnections make(IEclipseContext application) {
		return inject(WorkspaceConnections.class, application);
	}
}
