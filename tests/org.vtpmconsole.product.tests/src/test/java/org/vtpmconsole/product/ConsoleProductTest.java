package org.vtpmconsole.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the console product the way README command 1 does and checks that its window comes up on the X
 * display; leaves a screenshot in target/screenshots for a person to look at.
 */
class ConsoleProductTest {

	@TempDir
	Path dir;

	@Test
	void consoleWindowOpens() throws Exception {
		String display = System.getenv("DISPLAY");
		Assumptions.assumeTrue(display != null, "needs an X display (the build runs under xvfb-run)");
		ProcessBuilder builder = new ProcessBuilder(Products.CONSOLE.resolve("vtpm-console").toString())
				.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
		builder.environment().put("VTPM_CONSOLE_DATA", dir.resolve("data").toString());
		builder.environment().put("VTPM_CONSOLE_VM_ARGS", "-Duser.home=" + dir);
		Process console = builder.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			boolean shown = false;
			while (!shown && System.nanoTime() < deadline && console.isAlive()) {
				Thread.sleep(500);
				shown = Products.run(Path.of("/usr/bin/xwininfo"), Map.of(), "-root", "-tree").out()
						.contains("\"vtpm-console\"");
			}
			assertTrue(shown, "the vtpm-console window appears within 60 s; stderr: "
					+ Files.readString(dir.resolve("stderr.txt")));
			Thread.sleep(1500); // let it paint
			Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
			Files.createDirectories(screenshots);
			Products.Result shot = Products.run(Path.of("/usr/bin/import"), Map.of(), "-window", "root",
					screenshots.resolve("console-empty-fleet.png").toString());
			assertEquals(0, shot.exitCode(), shot.err());
			assertTrue(Files.isDirectory(dir.resolve("data/workspace")), "workspace created under VTPM_CONSOLE_DATA");
		} finally {
			console.destroy();
			console.waitFor(20, TimeUnit.SECONDS);
			console.destroyForcibly();
		}
	}
}
