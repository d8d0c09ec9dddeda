package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code vtpmctl NAME ...} command. */
public interface Subcommand {

	/** The word after {@code vtpmctl}. */
	String name();

	/** One line for {@code vtpmctl --help}. */
	String summary();

	/** Full usage for {@code vtpmctl help NAME}. */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @return the process exit code: {@link Vtpmctl#EXIT_OK}, {@link Vtpmctl#EXIT_FAILED} or
	 *         {@link Vtpmctl#EXIT_USAGE}
	 */
	int run(List<String> args, PrintStream out, PrintStream err);
}
