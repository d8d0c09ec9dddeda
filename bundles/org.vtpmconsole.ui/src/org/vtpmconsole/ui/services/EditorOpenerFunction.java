package org.vtpmconsole.ui.services;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.vtpmconsole.ui.editors.PartEditorOpener;

/**
 * An {@link org.vtpmconsole.ui.editors.EditorOpener} for the context that asks: it opens parts with that window's
 * part service, so it is not an application singleton (OSGI-INF/editorOpener.xml).
 */
public final class EditorOpenerFunction extends ContextFunction {

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		return ContextInjectionFactory.make(PartEditorOpener.class, context);
	}
}
