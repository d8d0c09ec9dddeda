package org.vtpmconsole.fuzz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A target's committed inputs as the test run sees them (on the class path, under target/test-classes). */
public final class Corpus {

	private Corpus() {
	}

	/** Inputs by file name; an IllegalStateException if the target has none. */
	public static Map<String, byte[]> inputs(FuzzTarget target) throws IOException {
		URL directory = Corpus.class.getClassLoader().getResource(target.inputsDirectory());
		if (directory == null) {
			throw new IllegalStateException(target + " has no inputs at " + target.inputsDirectory());
		}
		Map<String, byte[]> inputs = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				inputs.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		} catch (URISyntaxException e) {
			throw new IOException(directory + " is not a directory", e);
		}
		return inputs;
	}
}
