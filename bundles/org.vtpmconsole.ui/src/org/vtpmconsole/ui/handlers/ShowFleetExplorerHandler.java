package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

public class ShowFleetExplorerHandler {
	static final String FLEET_EXPLORER_ID = "org.vtpmconsole.ui.part.fleetExplorer";

	@Execute
	public void execute(EPartService parts) {
		parts.showPart(FLEET_EXPLORER_ID, PartState.ACTIVATE);
	}
}
