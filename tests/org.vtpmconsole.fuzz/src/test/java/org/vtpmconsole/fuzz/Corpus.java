package org.vtpmconsole.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A target's committed inputs as the test run sees them (on the class path, under target/test-classes). Jazzer replays
 * all of them; the valid examples are the seeds, and a crashing input a fuzzer found is kept as {@code finding-NAME}
 * (a regression input, refused since the fix).
 */
public final class Corpus {
	private static final String FINDING = "finding-";

	private Corpus() {
	}

	/** The valid examples by file name; an IllegalStateException if the target has none. */
	public static Map<String, byte[]> seeds(FuzzTarget target) throws IOException {
		URL directory = Corpus.class.getClassLoader().getResource(target.inputsDirectory());
		if (directory == null) {
			throw new IllegalStateException(target + " has no inputs at " + target.inputsDirectory());
		}
		Map<String, byte[]> inputs = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
			for (Path file : files.filter(Files::isRegularFile)
					.filter(file -> !file.getFileName().toString().startsWith(FINDING)).toList()) {
				inputs.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		} catch (URISyntaxException e) {
			throw new IOException(directory + " is not a directory", e);
		}
		return inputs;
	}
}
