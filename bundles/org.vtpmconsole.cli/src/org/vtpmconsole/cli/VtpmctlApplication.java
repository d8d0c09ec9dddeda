package org.vtpmconsole.cli;

import java.time.Clock;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** Entry point of {@code vtpmctl}: the Equinox application the start script runs. */
public final class VtpmctlApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
		return new Vtpmctl(version, List.of(new TpmCommand(), new LabelCommand(Clock.systemUTC()),
				new CertCommand(Clock.systemUTC()), new CaCommand(), new EnrollCommand(), new VmCommand(),
				new TrailCommand(Clock.systemUTC()), new LabCommand())).run(args == null ? new String[0] : args, System.out,
						System.err);
	}

	@Override
	public void stop() {
		// commands are short-lived and hold nothing that needs releasing on framework shutdown
	}
}
