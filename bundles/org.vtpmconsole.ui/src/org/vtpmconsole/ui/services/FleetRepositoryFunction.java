package org.vtpmconsole.ui.services;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.vtpmconsole.ui.fleet.FleetRepository;
import org.vtpmconsole.ui.fleet.UiModelThread;
import org.vtpmconsole.ui.fleet.XmiFleetRepository;

/** The workspace's {@code fleet.xmi}, written on the display's thread (OSGI-INF/fleetRepository.xml). */
public final class FleetRepositoryFunction extends ApplicationServiceFunction<FleetRepository> {

	public FleetRepositoryFunction() {
		super(FleetRepository.class);
	}

	@Override
	FleetRepository make(IEclipseContext application) {
		Display display = application.get(Display.class);
		return new XmiFleetRepository(new UiModelThread(display != null ? display : Display.getDefault()));
	}
}
