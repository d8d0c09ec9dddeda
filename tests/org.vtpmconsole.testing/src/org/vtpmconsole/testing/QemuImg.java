package org.vtpmconsole.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real qemu-img for tests: each call returns its exit code and its combined output. */
public final class QemuImg {
	private static final long TIMEOUT_SECONDS = 60;

	/** What a qemu-img run ended with. */
	public record Result(List<String> command, int exitCode, String output) {

		public boolean ok() {
			return exitCode == 0;
		}

		/** This result if qemu-img succeeded; otherwise an exception with the command and its output. */
		public Result requireOk() {
			if (!ok()) {
				throw new IllegalStateException(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
			}
			return this;
		}
	}

	private QemuImg() {
	}

	/** {@code qemu-img create -f qcow2 [-o OPTIONS] IMAGE SIZE}; options such as {@code cluster_size=512,compat=0.10}. */
	public static Result create(Path image, String size, String... options) {
		List<String> args = new ArrayList<>(List.of("create", "-f", "qcow2"));
		if (options.length > 0) {
			args.add("-o");
			args.add(String.join(",", options));
		}
		args.add(image.toString());
		args.add(size);
		return run(args);
	}

	/** An overlay of a qcow2 backing file, the way QEMU records it (relative to the overlay if given so). */
	public static Result createWithBacking(Path image, String backingFile) {
		return run(List.of("create", "-f", "qcow2", "-b", backingFile, "-F", "qcow2", image.toString()));
	}

	public static Result check(Path image) {
		return run(List.of("check", image.toString()));
	}

	public static Result snapshotCreate(Path image, String name) {
		return run(List.of("snapshot", "-c", name, image.toString()));
	}

	/** {@code qemu-img resize IMAGE SIZE}; SIZE may be relative, e.g. {@code +1G}. */
	public static Result resize(Path image, String size) {
		return run(List.of("resize", image.toString(), size));
	}

	/** {@code qemu-img amend -o OPTIONS IMAGE}, e.g. {@code lazy_refcounts=on} or {@code compat=0.10}. */
	public static Result amend(Path image, String options) {
		return run(List.of("amend", "-o", options, image.toString()));
	}

	public static Result infoJson(Path image) {
		return run(List.of("info", "--output=json", image.toString()));
	}

	public static Result run(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add("qemu-img");
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
			}
			return new Result(List.copyOf(command), process.exitValue(), output);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
		}
	}
}
