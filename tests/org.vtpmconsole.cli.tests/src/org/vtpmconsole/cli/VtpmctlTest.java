package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VtpmctlTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A subcommand that records what it was given, to see the dispatcher hand over the right arguments. */
	private static final class RecordingCommand implements Subcommand {
		final List<List<String>> calls = new ArrayList<>();

		@Override
		public String name() {
			return "probe";
		}

		@Override
		public String summary() {
			return "records its arguments";
		}

		@Override
		public String usage() {
			return "usage: vtpmctl probe [ARGS...]";
		}

		@Override
		public int run(List<String> args, PrintStream o, PrintStream e) {
			calls.add(List.copyOf(args));
			return Vtpmctl.EXIT_FAILED;
		}
	}

	private int run(Vtpmctl vtpmctl, String... args) {
		return vtpmctl.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsVersion() {
		assertEquals(0, run(new Vtpmctl("1.2.3.q", List.of()), "--version"));
		assertEquals("vtpmctl 1.2.3.q\n", out().replace("\r", ""));
	}

	@Test
	void helpListsCommandsAndExitCodes() {
		assertEquals(0, run(new Vtpmctl("1", List.of(new RecordingCommand())), "--help"));
		assertTrue(out().contains("usage: vtpmctl COMMAND"), out());
		assertTrue(out().contains("probe") && out().contains("records its arguments"), out());
		assertTrue(out().contains("exit codes"), out());
	}

	@Test
	void helpForOneCommand() {
		assertEquals(0, run(new Vtpmctl("1", List.of(new RecordingCommand())), "help", "probe"));
		assertEquals("usage: vtpmctl probe [ARGS...]", out().trim());
		assertEquals(2, run(new Vtpmctl("1", List.of()), "help", "nothing"));
	}

	@Test
	void noArgumentsIsUsageError() {
		assertEquals(2, run(new Vtpmctl("1", List.of())));
		assertTrue(err().startsWith("vtpmctl: missing command"), err());
	}

	@Test
	void unknownCommandIsNamed() {
		assertEquals(2, run(new Vtpmctl("1", List.of()), "frobnicate", "x"));
		assertTrue(err().startsWith("vtpmctl: unknown command 'frobnicate'"), err());
	}

	@Test
	void subcommandGetsTheRestAndItsExitCode() {
		RecordingCommand probe = new RecordingCommand();
		assertEquals(1, run(new Vtpmctl("1", List.of(probe)), "probe", "--a", "b"));
		assertEquals(List.of(List.of("--a", "b")), probe.calls);
	}
}
