package org.vtpmconsole.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.agent.config.AgentConfigException;

/**
 * The host agent daemon: {@code vtpm-agent CONFIG}. Runs until SIGTERM (or the framework stops it), then
 * shuts its services down in order and returns.
 */
public final class AgentApplication implements IApplication {

	/** Exit code for a missing or unusable configuration or a wrong command line. */
	public static final int EXIT_CONFIG = 2;
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
		if (args.length == 1 && "--version".equals(args[0])) {
			System.out.println("vtpm-agent " + version());
			return EXIT_OK;
		}
		if (args.length != 1 || args[0].startsWith("-")) {
			System.err.println("vtpm-agent: expected exactly one argument, the configuration file\n" + usage());
			return EXIT_CONFIG;
		}
		AgentConfig config;
		try {
			config = AgentConfig.load(Path.of(args[0]));
			prepareStateDirectory(config);
			AgentLogFile.redirectTo(config.logFile());
		} catch (AgentConfigException e) {
			System.err.println("vtpm-agent: " + e.getMessage());
			return EXIT_CONFIG;
		} catch (IOException e) {
			System.err.println("vtpm-agent: config " + args[0] + ": cannot prepare " + e.getMessage());
			return EXIT_CONFIG;
		}
		Thread shutdownHook = new Thread(this::stopAndWait, "vtpm-agent shutdown");
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		log.info("vtpm-agent " + version() + " started (pid " + ProcessHandle.current().pid() + "): "
				+ config.describe());
		running.run();
		awaitStopRequest();
		log.info("vtpm-agent stopping");
		log.info("vtpm-agent stopped");
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		} catch (IllegalStateException alreadyShuttingDown) {
			// the JVM is exiting because of SIGTERM: the hook is what woke us up
		}
		return EXIT_OK;
	}

	private static void prepareStateDirectory(AgentConfig config) throws IOException {
		Files.createDirectories(config.stateDirectory());
		if (!Files.isWritable(config.stateDirectory())) {
			throw new IOException(config.stateDirectory() + ": state directory is not writable");
		}
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

	/** Wakes the application up and gives it time to close what it holds before the JVM goes away. */
	private void stopAndWait() {
		stopRequested.countDown();
		try {
			stopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static String version() {
		return FrameworkUtil.getBundle(AgentApplication.class).getVersion().toString();
	}

	private static String usage() {
		return "usage: vtpm-agent CONFIG    run the host agent with the given configuration file\n"
				+ "       vtpm-agent --version | --help\n"
				+ "configuration keys: docs/agent-config.md";
	}
}
