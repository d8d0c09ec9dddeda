package org.vtpmconsole.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Where the materialized products are, and how to run their start scripts. */
final class Products {

	static final Path DIR = Path.of(System.getProperty("products.dir", "../../product/target/products"));
	static final Path AGENT = DIR.resolve("org.vtpmconsole.product.agent/linux/gtk/x86_64/vtpm-agent");
	static final Path CONSOLE = DIR.resolve("org.vtpmconsole.product.console/linux/gtk/x86_64/vtpm-console");

	/** What a finished command printed and returned. */
	record Result(int exitCode, String out, String err) {
	}

	private Products() {
	}

	static Result run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
		return run(script, null, env, args);
	}

	/** Runs {@code script} in {@code directory} (null: this process's). */
	static Result run(Path script, Path directory, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(script.toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		builder.environment().putAll(env);
		Path out = Files.createTempFile("product-out", ".txt");
		Path err = Files.createTempFile("product-err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(script + " did not finish within 60 s");
		}
		try {
			return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}
}
