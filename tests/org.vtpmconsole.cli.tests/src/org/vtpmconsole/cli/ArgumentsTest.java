package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.cli.Arguments.UsageException;

class ArgumentsTest {

	private static final Set<String> OPTIONS = Set.of("tpm", "image", "days");
	private static final Set<String> FLAGS = Set.of("json");

	private static Arguments parse(String... args) throws UsageException {
		return Arguments.parse(List.of(args), OPTIONS, FLAGS);
	}

	private static String refusal(String... args) {
		return assertThrows(UsageException.class, () -> parse(args)).getMessage();
	}

	@Test
	void optionsAndFlags() throws Exception {
		Arguments args = parse("--tpm", "swtpm:127.0.0.1:2321", "--image=/tmp/a.qcow2", "--json");
		assertEquals("swtpm:127.0.0.1:2321", args.required("tpm"));
		assertEquals("/tmp/a.qcow2", args.required("image"));
		assertTrue(args.flag("json"));
		assertEquals(Optional.empty(), args.optional("days"));
		assertEquals(365, args.integer("days", 365, 1, 3650));
	}

	@Test
	void refusalsNameTheOption() {
		assertEquals("unknown option --imgae", refusal("--imgae", "x"));
		assertEquals("option --tpm needs a value", refusal("--tpm"));
		assertEquals("option --tpm given twice", refusal("--tpm", "a", "--tpm", "b"));
		assertEquals("unexpected argument 'stray'", refusal("stray"));
		assertEquals("unknown option --json", refusal("--json=yes"));
		assertEquals("missing option --image",
				assertThrows(UsageException.class, () -> parse("--tpm", "t").required("image")).getMessage());
	}

	@Test
	void integersAreChecked() throws Exception {
		assertEquals(30, parse("--days", "30").integer("days", 365, 1, 3650));
		assertEquals("option --days expects a whole number, got 'ten'",
				assertThrows(UsageException.class, () -> parse("--days", "ten").integer("days", 1, 1, 9)).getMessage());
		assertEquals("option --days must be between 1 and 3650",
				assertThrows(UsageException.class, () -> parse("--days", "0").integer("days", 1, 1, 3650))
						.getMessage());
		assertFalse(parse().flag("json"));
	}
}
