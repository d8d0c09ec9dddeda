package org.vtpmconsole.ui.services;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;

/**
 * A console service made once per application: the first lookup of its interface (the OSGi DS component's
 * {@code service.context.key}) makes the implementation by injection in the application context and puts it there
 * under the interface, so later lookups find it without this function. A test or the lab puts another
 * implementation into the application context first and this one is never asked.
 */
abstract class ApplicationServiceFunction<T> extends ContextFunction {

	private final Class<T> service;

	ApplicationServiceFunction(Class<T> service) {
		this.service = service;
	}

	/** Made in the application context, with what it injects from there. */
	abstract T make(IEclipseContext application);

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		MApplication application = context.get(MApplication.class);
		IEclipseContext target = application == null ? context : application.getContext();
		T existing = target.getLocal(service);
		if (existing != null) {
			return existing;
		}
		T made = make(target);
		target.set(service, made);
		return made;
	}

	static <T> T inject(Class<T> implementation, IEclipseContext context) {
		return ContextInjectionFactory.make(implementation, context);
	}
}
