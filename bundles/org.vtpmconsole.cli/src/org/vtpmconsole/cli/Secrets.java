package org.vtpmconsole.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.Passphrases;
import org.vtpmconsole.pki.PkiException;

/**
 * Where vtpmctl reads a secret from: {@code --KIND-file FILE}, {@code --KIND-env VARIABLE} or, on a terminal, a
 * prompt. Never from an option's value: command lines show in /proc/PID/cmdline and shell history.
 */
final class Secrets {

	/** The root key's passphrase. */
	static final String PASSPHRASE = "passphrase";
	/** A PKCS#12 identity's password. */
	static final String PASSWORD = "password";

	private Secrets() {
	}

	/** The options that name where a secret of this kind comes from. */
	static Set<String> options(String kind) {
		return Set.of(kind + "-file", kind + "-env");
	}

	/** The secret; the caller wipes the array. */
	static char[] read(Arguments args, String kind, String prompt) throws UsageException, PkiException {
		var file = args.optional(kind + "-file");
		var variable = args.optional(kind + "-env");
		if (file.isPresent() && variable.isPresent()) {
			throw new UsageException("give --" + kind + "-file or --" + kind + "-env, not both");
		}
		if (file.isPresent()) {
			return Passphrases.fromFile(Path.of(file.get()));
		}
		if (variable.isPresent()) {
			return Passphrases.fromEnvironment(variable.get());
		}
		Console console = System.console();
		if (console == null) {
			throw new UsageException("give --" + kind + "-file FILE or --" + kind + "-env VARIABLE"
					+ " (a secret is never taken from the command line)");
		}
		char[] secret = console.readPassword("%s: ", prompt);
		if (secret == null || secret.length == 0) {
			throw new UsageException("no " + kind + " entered");
		}
		return secret;
	}
}
