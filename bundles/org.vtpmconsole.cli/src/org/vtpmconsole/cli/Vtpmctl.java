package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command dispatcher: parses the first word, runs the subcommand, turns problems into exit codes. */
public final class Vtpmctl {

	public static final int EXIT_OK = 0;
	/** The command ran and its answer is "no": a check failed, evidence did not verify. */
	public static final int EXIT_FAILED = 1;
	/** The command line or an input was wrong; nothing was done. */
	public static final int EXIT_USAGE = 2;

	private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
	private final String version;

	public Vtpmctl(String version, List<Subcommand> commands) {
		this.version = version;
		for (Subcommand command : commands) {
			subcommands.put(command.name(), command);
		}
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.println("vtpmctl: missing command");
			err.print(overview());
			return EXIT_USAGE;
		}
		String first = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		switch (first) {
		case "--help", "-h":
			out.print(overview());
			return EXIT_OK;
		case "--version":
			out.println("vtpmctl " + version);
			return EXIT_OK;
		case "help":
			return help(rest, out, err);
		default:
			Subcommand command = subcommands.get(first);
			if (command == null) {
				err.println("vtpmctl: unknown command '" + first + "'");
				err.print(overview());
				return EXIT_USAGE;
			}
			return command.run(rest, out, err);
		}
	}

	private int help(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			out.print(overview());
			return EXIT_OK;
		}
		Subcommand command = subcommands.get(args.get(0));
		if (command == null) {
			err.println("vtpmctl: no help for unknown command '" + args.get(0) + "'");
			return EXIT_USAGE;
		}
		out.println(command.usage());
		return EXIT_OK;
	}

	String overview() {
		StringBuilder text = new StringBuilder();
		text.append("vtpmctl ").append(version).append(" - the vtpm-console command line\n\n");
		text.append("usage: vtpmctl COMMAND [ARGS...]\n");
		text.append("       vtpmctl help COMMAND     details of one command\n");
		text.append("       vtpmctl --version\n\n");
		text.append("commands:\n");
		text.append(String.format("  %-12s %s%n", "help", "show this overview, or the usage of one command"));
		for (Subcommand command : subcommands.values()) {
			text.append(String.format("  %-12s %s%n", command.name(), command.summary()));
		}
		text.append("\nexit codes: 0 success, 1 a check failed, 2 wrong usage or unusable input\n");
		return text.toString();
	}
}
