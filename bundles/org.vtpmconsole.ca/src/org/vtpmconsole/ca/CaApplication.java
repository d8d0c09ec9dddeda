package org.vtpmconsole.ca;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.daemon.DaemonApplication;
import org.vtpmconsole.daemon.DaemonLog;
import org.vtpmconsole.pki.PkiException;

/**
 * The fleet CA daemon: {@code vtpm-ca CONFIG}. Serves until SIGTERM (or the framework stops it), then stops the
 * API, releases the CA directory and returns.
 */
public final class CaApplication extends DaemonApplication {

	/** Exit code when the CA cannot be opened or served (wrong passphrase, port taken, directory locked). */
	public static final int EXIT_FAILED = 1;

	private final ILog log = ILog.of(getClass());

	@Override
	protected String name() {
		return "vtpm-ca";
	}

	@Override
	protected String usage() {
		return "usage: vtpm-ca CONFIG    run the fleet CA with the given configuration file\n"
				+ "       vtpm-ca --version | --help\nconfiguration keys: docs/ca-config.md";
	}

	@Override
	protected int serve(Path configFile) {
		CaConfig config;
		try {
			config = CaConfig.load(configFile);
			Optional<Path> logFile = config.logFile();
			if (logFile.isPresent()) {
				DaemonLog.redirectTo(logFile.get());
			}
		} catch (CaConfigException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			return EXIT_CONFIG;
		} catch (IOException e) {
			System.err.println("vtpm-ca: config " + configFile + ": cannot open the log file: " + e.getMessage());
			return EXIT_CONFIG;
		}
		try (CaServer server = CaServer.start(config)) {
			awaitStopRequest(() -> {
				try {
					log.info("vtpm-ca " + version() + " serving (pid " + ProcessHandle.current().pid() + "): "
							+ config.describe() + ", port " + server.port());
				} catch (CaConfigException e) {
					throw new IllegalStateException("checked when the configuration was loaded", e);
				}
			});
			log.info("vtpm-ca stopping");
		} catch (CaConfigException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			return EXIT_CONFIG;
		} catch (PkiException | IOException e) {
			System.err.println("vtpm-ca: " + e.getMessage());
			log.error("vtpm-ca cannot serve: " + e.getMessage());
			return EXIT_FAILED;
		}
		log.info("vtpm-ca stopped");
		return EXIT_OK;
	}
}
