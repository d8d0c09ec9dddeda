package org.vtpmconsole.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} options of one subcommand, checked against what the command
 * accepts, so every command refuses a typo or a missing option the same way.
 */
public final class Arguments {

	/** A command line the command cannot run with; the message names the option. */
	public static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new LinkedHashMap<>();

	private Arguments() {
	}

	/**
	 * @param options options that take a value, without the leading dashes
	 * @param flags   options that take none
	 */
	public static Arguments parse(List<String> args, Set<String> options, Set<String> flags) throws UsageException {
		Arguments parsed = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
			String name = arg.substring(2);
			String inlineValue = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				inlineValue = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (parsed.values.containsKey(name)) {
				throw new UsageException("option --" + name + " given twice");
			}
			if (flags.contains(name) && inlineValue == null) {
				parsed.values.put(name, "");
			} else if (options.contains(name)) {
				String value = inlineValue;
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = args.get(++i);
				}
				parsed.values.put(name, value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return parsed;
	}

	public String required(String name) throws UsageException {
		String value = values.get(name);
		if (value == null || value.isEmpty()) {
			throw new UsageException("missing option --" + name);
		}
		return value;
	}

	public Optional<String> optional(String name) {
		return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
	}

	public boolean flag(String name) {
		return values.containsKey(name);
	}

	public int integer(String name, int defaultValue, int min, int max) throws UsageException {
		Optional<String> value = optional(name);
		if (value.isEmpty()) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.get());
			if (number < min || number > max) {
				throw new UsageException("option --" + name + " must be between " + min + " and " + max);
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException("option --" + name + " expects a whole number, got '" + value.get() + "'");
		}
	}
}
