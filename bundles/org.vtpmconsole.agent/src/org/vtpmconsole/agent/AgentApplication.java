package org.vtpmconsole.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.agent.config.AgentConfigException;
import org.vtpmconsole.daemon.DaemonApplication;
import org.vtpmconsole.daemon.DaemonLog;

/**
 * The host agent daemon: {@code vtpm-agent CONFIG}. With {@code tls.identity} configured it serves the API and the
 * VMs ({@link RunningAgent}); without, it only starts and logs (an agent not yet given its fleet identity). Runs until
 * SIGTERM, then closes what it holds and returns.
 */
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
		log.info("vtpm-agent starting (pid " + ProcessHandle.current().pid() + "): "
				+ config.describe());
		Optional<RunningAgent> agent;
		try {
			agent = config.apiTls().isPresent() ? Optional.of(RunningAgent.start(config, config.apiTls().get()))
					: Optional.empty();
		} catch (AgentStartException e) {
			log.error("vtpm-agent " + e.getMessage(), e);
			System.err.println("vtpm-agent: " + e.getMessage());
			return EXIT_CONFIG;
		}
		awaitStopRequest(() -> log.info("vtpm-agent " + version() + " started" + (agent.isPresent() ? ""
				: ": no " + AgentConfig.KEY_TLS_IDENTITY + " configured, so no API, TPM or VMs are served")));
		log.info("vtpm-agent stopping");
		agent.ifPresent(RunningAgent::close);
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
