package org.vtpmconsole.daemon;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A headless daemon run as {@code NAME CONFIG}: the command line every daemon shares ({@code --help},
 * {@code --version}, exactly one configuration file), and a clean stop on SIGTERM or when the framework stops the
 * application — the subclass's {@link #serve} returns after closing what it holds, and the JVM waits for that.
 */
public abstract class DaemonApplication implements IApplication {

	/** Exit code when the daemon failed in a way it did not foresee; the details are in its log. */
	public static final int EXIT_BROKEN = 1;
	/** Exit code for a wrong command line or an unusable configuration. */
	public static final int EXIT_CONFIG = 2;
	private static final long SHUTDOWN_GRACE_SECONDS = 30;

	private final CountDownLatch stopRequested = new CountDownLatch(1);
	private final CountDownLatch stopped = new CountDownLatch(1);

	/** The command's name, e.g. {@code vtpm-agent}: prefixes every message on standard error. */
	protected abstract String name();

	/** What {@code --help} prints. */
	protected abstract String usage();

	/**
	 * Loads the configuration and serves until {@link #awaitStopRequest(Runnable)} returns.
	 *
	 * @return the exit code
	 */
	protected abstract int serve(Path config);

	@Override
	public final Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		try {
			return run(args == null ? new String[0] : args);
		} catch (RuntimeException e) {
			// a bug must still end the process with a failure code, not the launcher's 0
			ILog.of(getClass()).error(name() + " failed", e);
			System.err.println(name() + ": failed: " + e + " (details in the log)");
			return EXIT_BROKEN;
		} finally {
			stopped.countDown();
		}
	}

	final int run(String[] args) {
		if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
			System.out.println(usage());
			return EXIT_OK;
		}
		if (args.length == 1 && "--version".equals(args[0])) {
			System.out.println(name() + " " + version());
			return EXIT_OK;
		}
		if (args.length != 1 || args[0].startsWith("-")) {
			System.err.println(name() + ": expected exactly one argument, the configuration file\n" + usage());
			return EXIT_CONFIG;
		}
		return serve(Path.of(args[0]));
	}

	/**
	 * Tells the world the daemon is up, then blocks until SIGTERM or {@link #stop()}. While it blocks, a SIGTERM
	 * makes the JVM wait (up to a grace period) for {@link #serve} to return, so it can close what it holds.
	 */
	protected final void awaitStopRequest(Runnable up) {
		Thread shutdownHook = new Thread(this::stopAndWait, name() + " shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		try {
			up.run();
			stopRequested.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			} catch (IllegalStateException alreadyShuttingDown) {
				// the JVM is exiting because of SIGTERM: the hook is what woke us up
			}
		}
	}

	@Override
	public final void stop() {
		stopAndWait();
	}

	private void stopAndWait() {
		stopRequested.countDown();
		try {
			stopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The version of the bundle the daemon's class comes from. */
	protected final String version() {
		return FrameworkUtil.getBundle(getClass()).getVersion().toString();
	}
}
