package org.vtpmconsole.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Sends the platform log (what every bundle writes with {@code ILog.of(getClass())}) to the file a daemon's
 * configuration names, so the log is where the administrator looks for it and not in a workspace.
 */
public final class DaemonLog {

	private DaemonLog() {
	}

	public static void redirectTo(Path logFile) throws IOException {
		Path parent = logFile.getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		BundleContext context = FrameworkUtil.getBundle(DaemonLog.class).getBundleContext();
		try {
			// Equinox registers two FrameworkLogs; the performance log is the one marked performance=true.
			Collection<ServiceReference<FrameworkLog>> references = context.getServiceReferences(FrameworkLog.class,
					"(!(performance=true))");
			for (ServiceReference<FrameworkLog> reference : references) {
				FrameworkLog log = context.getService(reference);
				try {
					log.setFile(new File(logFile.toString()), true);
				} finally {
					context.ungetService(reference);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
