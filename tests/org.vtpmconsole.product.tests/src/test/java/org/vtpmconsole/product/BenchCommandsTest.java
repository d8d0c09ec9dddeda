package org.vtpmconsole.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every benchmark and fuzz command the README lists, run as a user runs it (the script from the repository root,
 * real swtpm where it needs one) with a tiny count, so a command that no longer works fails the build instead of its
 * next user. The reactor has built the jars by now, so the scripts skip their own Maven step
 * ({@code VTPM_BENCH_SKIP_BUILD=1}); what that step would build is checked separately: the module list
 * {@code releng/reactor-modules.sh} works out must hold every reactor bundle its modules require.
 */
class BenchCommandsTest {

	private static final Path ROOT = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
	private static final Pattern REQUIRED = Pattern.compile("^(?:Require-Bundle|Fragment-Host):(.*(?:\\n .*)*)",
			Pattern.MULTILINE);

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { //
			"bench-label.sh      | 1000        | µs/label", //
			"fuzz-label.sh       | 2000 7      | escaped exceptions: 0", //
			"bench-label-tpm.sh  | 3           | decode+verify (no TPM)", //
			"bench-gateway.sh    | 20 3        | GetRandom", //
			"bench-rotation.sh   | 2           | median" })
	void commandRunsWithATinyCount(String script, String arguments, String printed) throws Exception {
		List<String> args = Arrays.asList(arguments.trim().split(" +"));
		Products.Result result = Products.run(ROOT.resolve("releng").resolve(script.trim()), ROOT,
				Map.of("VTPM_BENCH_SKIP_BUILD", "1"), args.toArray(String[]::new));
		assertEquals(0, result.exitCode(), script + " failed:\n" + result.out() + result.err());
		assertTrue(result.out().contains(printed.trim()), script + " printed no figures:\n" + result.out() + result.err());
		System.out.println(script.trim() + " " + arguments.trim() + ":\n" + result.out());
	}

	/** The module lists of the bench commands' builds: closed under Require-Bundle and Fragment-Host. */
	@ParameterizedTest
	@ValueSource(strings = { "tests/org.vtpmconsole.label.tests", "tests/org.vtpmconsole.agent.tests" })
	void buildListHoldsEveryReactorBundleItsModulesNeed(String module) throws Exception {
		Products.Result result = Products.run(ROOT.resolve("releng/reactor-modules.sh"), ROOT, Map.of(), module);
		assertEquals(0, result.exitCode(), result.err());
		List<String> listed = List.of(result.out().trim().split(","));
		assertEquals("target-platform", listed.get(0));
		assertTrue(listed.contains(module), listed.toString());
		Set<String> names = new HashSet<>();
		listed.stream().skip(1).map(dir -> Path.of(dir).getFileName().toString()).forEach(names::add);
		List<String> missing = new ArrayList<>();
		for (String dir : listed.subList(1, listed.size())) {
			for (String required : reactorRequirements(ROOT.resolve(dir))) {
				if (!names.contains(required)) {
					missing.add(dir + " needs " + required);
				}
			}
		}
		assertTrue(missing.isEmpty(), "the build list " + listed + " misses: " + missing);
	}

	private static List<String> reactorRequirements(Path module) throws IOException {
		String manifest = Files.readString(module.resolve("META-INF/MANIFEST.MF")).replace("\r", "");
		List<String> required = new ArrayList<>();
		Matcher header = REQUIRED.matcher(manifest);
		while (header.find()) {
			for (String clause : header.group(1).replace("\n ", "").split(",")) {
				String name = clause.split(";")[0].trim();
				if (Files.isDirectory(ROOT.resolve("bundles").resolve(name)) || Files.isDirectory(ROOT.resolve("tests").resolve(name))) {
					required.add(name);
				}
			}
		}
		return required;
	}
}
