package org.vtpmconsole.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent product as an administrator runs it: vtpm-agent and vtpmctl start scripts. */
class AgentProductTest {

	private static final Path VTPM_AGENT = Products.AGENT.resolve("vtpm-agent");
	private static final Path VTPMCTL = Products.AGENT.resolve("vtpmctl");
	private static final Path VTPM_CA = Products.AGENT.resolve("vtpm-ca");

	@TempDir
	Path dir;

	@Test
	void vtpmctlVersionAndHelp() throws Exception {
		Products.Result version = Products.run(VTPMCTL, Map.of(), "--version");
		assertEquals(0, version.exitCode(), version.err());
		assertTrue(version.out().matches("vtpmctl 0\\.1\\.0\\.\\d+\\n"), version.out());

		Products.Result help = Products.run(VTPMCTL, Map.of(), "--help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().contains("usage: vtpmctl COMMAND"), help.out());
	}

	@Test
	void vtpmctlUnknownCommandExitsTwo() throws Exception {
		Products.Result result = Products.run(VTPMCTL, Map.of(), "frobnicate");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("vtpmctl: unknown command 'frobnicate'"), result.err());
	}

	@Test
	void agentWithoutUsableConfigExitsTwoWithOneLine() throws Exception {
		Products.Result missing = Products.run(VTPM_AGENT, Map.of(), dir.resolve("none.properties").toString());
		assertEquals(2, missing.exitCode());
		assertEquals("vtpm-agent: config " + dir.resolve("none.properties") + ": no such file\n", missing.err());

		Path bad = dir.resolve("bad.properties");
		Files.write(bad, List.of("agent.name=h", "state.dir=" + dir, "tpm=tcp:nowhere"));
		Products.Result refused = Products.run(VTPM_AGENT, Map.of(), bad.toString());
		assertEquals(2, refused.exitCode());
		assertEquals(1, refused.err().lines().count(), refused.err());
		assertTrue(refused.err().contains("key 'tpm': expected swtpm:HOST:PORT"), refused.err());
	}

	@Test
	void caDaemonStartsAndRefusesAMissingConfig() throws Exception {
		Products.Result version = Products.run(VTPM_CA, Map.of(), "--version");
		assertEquals(0, version.exitCode(), version.err());
		assertTrue(version.out().matches("vtpm-ca 0\\.1\\.0\\.\\d+\\n"), version.out());
		Products.Result missing = Products.run(VTPM_CA, Map.of(), dir.resolve("ca.properties").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().startsWith("vtpm-ca: config " + dir.resolve("ca.properties")), missing.err());
	}

	@Test
	void agentLogsWhereConfiguredAndStopsCleanlyOnSigterm() throws Exception {
		Path log = dir.resolve("logs/agent.log");
		Path config = dir.resolve("agent.properties");
		Files.write(config, List.of("agent.name=compute-01", "state.dir=" + dir.resolve("state"),
				"tpm=swtpm:127.0.0.1:2321", "log.file=" + log));
		Process agent = new ProcessBuilder(VTPM_AGENT.toString(), config.toString())
				.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
				.start();
		try {
			waitForLine(log, "vtpm-agent 0.1.0");
			assertTrue(agent.isAlive(), "agent keeps running");
			assertTrue(Files.isDirectory(dir.resolve("state")), "state directory created");

			agent.destroy(); // SIGTERM
			assertTrue(agent.waitFor(30, TimeUnit.SECONDS), "agent stops within 30 s of SIGTERM");
			assertEquals(143, agent.exitValue(), "128 + SIGTERM");
			String text = Files.readString(log, StandardCharsets.UTF_8);
			assertTrue(text.indexOf("vtpm-agent stopping") < text.indexOf("vtpm-agent stopped"), text);
			assertTrue(text.contains("agent.name=compute-01"), text);
		} finally {
			agent.destroyForcibly();
		}
	}

	private static void waitForLine(Path log, String text) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no '" + text + "' in " + log + " within 30 s");
	}
}
