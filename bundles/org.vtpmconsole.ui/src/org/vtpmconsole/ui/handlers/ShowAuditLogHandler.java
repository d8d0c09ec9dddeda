package org.vtpmconsole.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.vtpmconsole.ui.editors.EditorOpener;
import org.vtpmconsole.ui.parts.AuditLogPart;

/** Window ▸ Audit Log: shows the audit log, opening it in the editor area the first time. */
public class ShowAuditLogHandler {

	@Execute
	public void execute(EPartService partService, EModelService modelService, MApplication application) {
		MPart view = partService.findPart(AuditLogPart.DESCRIPTOR_ID);
		if (view == null) {
			view = partService.createPart(AuditLogPart.DESCRIPTOR_ID);
			((MPartStack) modelService.find(EditorOpener.EDITOR_STACK_ID, application)).getChildren().add(view);
		}
		partService.showPart(view, PartState.ACTIVATE);
	}
}
