package org.vtpmconsole.ca;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.vtpmconsole.pki.PkiException;

/**
 * The fleet CA daemon: {@code vtpm-ca CONFIG}. Serves until SIGTERM (or the framework stops it), then stops the
 * API, releases the CA directory and returns.
 */
public final class CaApplication implements IApplication {

	/** Exit code for a wrong command line or an unusable configuration. */
	public static final int EXIT_CONFIG = 2;
	/** Exit code when the CA cannot be opened or served (wrong passphrase, port taken, directory locked). */
	public static final int EXIT_FAILED = 1;
	private static final long SHUTDOWN_GRACE_SECONDS = 30;

	private final ILog log = ILog.of(getClass());
	private final CountDownLatch stopRequested = new CountDownLatch(1);
	private final CountDownLatch stopped = new CountDownLatch(1);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return run(args == null ? new String[0] : args, context::applicationRunning);
		} finally {
			stopped.countDown();
		}
	}

	int run(String[] args, Runnable running) {
		if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
			System.out.println(usage());
			return EXIT_OK;
		}
		if (args.length != 1 || args[0].startsWith("-")) {
			System.err.println("vtpm-ca: expected exactly one argument, the configuration file\n" + usage());
			return EXIT_CONFIG;
		}
		CaConfig config;
		try {
			config = CaConfig.load(Path.of(args[0]));
		} catch (CaConfigException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			return EXIT_CONFIG;
		}
		Thread shutdownHook = new Thread(this::stopAndWait, "vtpm-ca shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		try (CaServer server = CaServer.start(config)) {
			log.info("vtpm-ca " + version() + " serving (pid " + ProcessHandle.current().pid() + "): " + config.describe()
					+ ", port " + server.port());
			running.run();
			awaitStopRequest();
			log.info("vtpm-ca stopping");
		} catch (CaConfigException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			return EXIT_CONFIG;
		} catch (PkiException | IOException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			log.error("vtpm-ca cannot serve: " + e.getMessage());
			return EXIT_FAILED;
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			} catch (IllegalStateException alreadyShuttingDown) {
				// the JVM is exiting because of SIGTERM: the hook is what woke us up
			}
		}
		log.info("vtpm-ca stopped");
		return EXIT_OK;
	}

	private void awaitStopRequest() {
		try {
			stopRequested.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		stopAndWait();
	}

	/** Wakes the application up and gives it time to close the store before the JVM goes away. */
	private void stopAndWait() {
		stopRequested.countDown();
		try {
			stopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String version() {
		return FrameworkUtil.getBundle(CaApplication.class).getVersion().toString();
	}

	private static String usage() {
		return "usage: vtpm-ca CONFIG    run the fleet CA with the given configuration file\n"
				+ "       vtpm-ca --help\nconfiguration keys: docs/ca-config.md";
	}
}
