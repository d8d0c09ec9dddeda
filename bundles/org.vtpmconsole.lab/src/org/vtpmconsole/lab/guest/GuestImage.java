package org.vtpmconsole.lab.guest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.vtpmconsole.agent.vm.GuestKernel;

/**
 * The training guest's kernel and initramfs, as {@code releng/build-guest.sh} makes them (docs/guest.md), and the QEMU
 * options that boot it. Such a guest runs under TCG: under nested KVM its kernel dies with an emulation failure.
 */
public record GuestImage(Path kernel, Path initrd) {
	private static final long BUILD_TIMEOUT_SECONDS = 120;
	/** The accelerator the guest needs on these machines (docs/guest.md, "Booting it"). */
	public static final String ACCELERATOR = GuestKernel.ACCELERATOR;

	public GuestImage {
		kernel = kernel.toAbsolutePath();
		initrd = initrd.toAbsolutePath();
	}

	/**
	 * Runs the build script (which does nothing when its cached output is current) and takes the two paths it prints.
	 *
	 * @throws IOException with the script's own words when it fails (e.g. a missing Debian package)
	 */
	public static GuestImage build(Path buildScript, Path outDir) throws IOException {
		Path log = Files.createTempFile("build-guest-", ".log");
		try {
			Process process = new ProcessBuilder("bash", buildScript.toAbsolutePath().toString(), outDir.toAbsolutePath().toString())
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			process.getOutputStream().close();
			if (!process.waitFor(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(buildScript + " did not finish within " + BUILD_TIMEOUT_SECONDS + " s");
			}
			List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new IOException(buildScript + " failed (exit " + process.exitValue() + "): "
						+ String.join(" / ", output));
			}
			return new GuestImage(Path.of(value(output, "KERNEL", buildScript)), Path.of(value(output, "INITRD", buildScript)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while building the guest", e);
		} finally {
			Files.deleteIfExists(log);
		}
	}

	private static String value(List<String> output, String key, Path script) throws IOException {
		return output.stream().filter(line -> line.startsWith(key + "=")).map(line -> line.substring(key.length() + 1))
				.findFirst().orElseThrow(() -> new IOException(script + " printed no " + key + "= line: " + output));
	}

	/**
	 * The QEMU options that boot this guest with its console on {@code consoleSocket} (a unix socket QEMU creates;
	 * the caller makes its directory private).
	 */
	public List<String> qemuOptions(Path consoleSocket) {
		List<String> options = new ArrayList<>(asGuestKernel().bootOptions());
		options.addAll(List.of("-serial", GuestKernel.serialSocket(consoleSocket)));
		return options;
	}

	/** The same kernel as the agent boots it in a guest VM ({@code vms.guest.kernel}, {@code vms.guest.initrd}). */
	public GuestKernel asGuestKernel() {
		return new GuestKernel(kernel, initrd);
	}
}
