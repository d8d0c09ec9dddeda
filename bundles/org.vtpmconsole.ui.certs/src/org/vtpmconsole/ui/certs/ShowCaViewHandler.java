package org.vtpmconsole.ui.certs;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window ▸ Fleet CA: shows the CA view, opening it in the editor area the first time. */
public class ShowCaViewHandler {

	static final String EDITOR_STACK_ID = "org.vtpmconsole.ui.stack.editors";

	@Execute
	public void execute(EPartService partService, EModelService modelService, MApplication application) {
		MPart view = partService.findPart(CaView.DESCRIPTOR_ID);
		if (view == null) {
			view = partService.createPart(CaView.DESCRIPTOR_ID);
			MPartStack stack = (MPartStack) modelService.find(EDITOR_STACK_ID, application);
			stack.getChildren().add(view);
		}
		partService.showPart(view, PartState.ACTIVATE);
	}
}
