package org.vtpmconsole.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.agent.config.AgentConfigException;
import org.vtpmconsole.daemon.DaemonApplication;
import org.vtpmconsole.daemon.DaemonLog;

/** The host agent daemon: {@code vtpm-agent CONFIG}. Runs until SIGTERM, then closes what it holds and returns. */
public final class AgentApplication extends DaemonApplication {

	private final ILog log = ILog.of(getClass());

	@Override
	protected String name() {
		return "vtpm-agent";
	}

	@Override
	protected String usage() {
		return "usage: vtpm-agent CONFIG    run the host agent with the given configuration file\n"
				+ "       vtpm-agent --version | --help\n"
				+ "configuration keys: docs/agent-config.md";
	}

	@Override
	protected int serve(Path configFile) {
		AgentConfig config;
		try {
			config = AgentConfig.load(configFile);
			prepareStateDirectory(config);
			DaemonLog.redirectTo(config.logFile());
		} catch (AgentConfigException e) {
			System.err.println("vtpm-agent: " + e.getMessage());
			return EXIT_CONFIG;
		} catch (IOException e) {
			System.err.println("vtpm-agent: config " + configFile + ": cannot prepare " + e.getMessage());
			return EXIT_CONFIG;
		}
		awaitStopRequest(() -> log.info("vtpm-agent " + version() + " started (pid " + ProcessHandle.current().pid()
				+ "): " + config.describe()));
		log.info("vtpm-agent stopping");
		log.info("vtpm-agent stopped");
		return EXIT_OK;
	}

	private static void prepareStateDirectory(AgentConfig config) throws IOException {
		Files.createDirectories(config.stateDirectory());
		if (!Files.isWritable(config.stateDirectory())) {
			throw new IOException(config.stateDirectory() + ": state directory is not writable");
		}
	}
}
