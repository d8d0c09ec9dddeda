package org.vtpmconsole.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;

/**
 * A subcommand made of actions ({@code vtpmctl label show ...}): dispatches on the second word, parses the
 * options the action declares and turns every failure into one line on standard error and an exit code, never
 * a stack trace.
 */
abstract class CommandGroup implements Subcommand {

	/** The body of one action; throws for unusable input, returns the exit code otherwise. */
	@FunctionalInterface
	interface Body {
		int run(Arguments args, PrintStream out, PrintStream err) throws Exception;
	}

	record Action(String name, String synopsis, String summary, Set<String> options, Set<String> flags, Body body) {
	}

	private final Map<String, Action> actions = new LinkedHashMap<>();

	protected final void action(String name, String synopsis, String summary, Set<String> options, Set<String> flags,
			Body body) {
		actions.put(name, new Action(name, synopsis, summary, options, flags, body));
	}

	@Override
	public String usage() {
		StringBuilder text = new StringBuilder();
		for (Action action : actions.values()) {
			text.append("usage: vtpmctl ").append(name()).append(' ').append(action.name()).append(' ')
					.append(action.synopsis()).append("\n         ").append(action.summary()).append('\n');
		}
		return text.toString().stripTrailing();
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || !actions.containsKey(args.get(0))) {
			err.println("vtpmctl " + name() + ": "
					+ (args.isEmpty() ? "missing action" : "unknown action '" + args.get(0) + "'"));
			err.println(usage());
			return Vtpmctl.EXIT_USAGE;
		}
		Action action = actions.get(args.get(0));
		String prefix = "vtpmctl " + name() + " " + action.name() + ": ";
		try {
			Arguments parsed = Arguments.parse(args.subList(1, args.size()), action.options(), action.flags());
			return action.body().run(parsed, out, err);
		} catch (UsageException e) {
			err.println(prefix + e.getMessage());
			err.println("usage: vtpmctl " + name() + " " + action.name() + " " + action.synopsis());
			return Vtpmctl.EXIT_USAGE;
		} catch (Exception e) {
			err.println(prefix + oneLine(e));
			return Vtpmctl.EXIT_USAGE;
		}
	}

	private static String oneLine(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.replace('\n', ' ');
	}
}
