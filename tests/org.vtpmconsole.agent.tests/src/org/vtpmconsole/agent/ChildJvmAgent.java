package org.vtpmconsole.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The agent application that {@code vtpm-agent} runs ({@code org.vtpmconsole.agent.app}), in a JVM of its own: an
 * Equinox framework started with the same bundles as this test runtime (its {@code config.ini}), so the agent is a
 * real separate process that a test can kill with SIGKILL, leaving its QEMU and swtpm orphaned as a crash would.
 */
final class ChildJvmAgent implements AutoCloseable {
	private static final String APPLICATION = "org.vtpmconsole.agent.app";
	private static final Pattern API_LINE = Pattern.compile("API on 127\\.0\\.0\\.1:(\\d+);");
	private static final long START_TIMEOUT_MILLIS = 60_000;

	private final Process process;
	private final int apiPort;

	private ChildJvmAgent(Process process, int apiPort) {
		this.process = process;
		this.apiPort = apiPort;
	}

	/**
	 * Starts the agent on the configuration, with {@code environment} added to this JVM's, and waits until its log
	 * says where the API listens.
	 */
	static ChildJvmAgent start(Path config, Path agentLog, Path workDir, Map<String, String> environment)
			throws Exception {
		Path configuration = workDir.resolve("configuration");
		Files.createDirectories(configuration);
		writeFrameworkConfig(configuration.resolve("config.ini"));
		long logStart = Files.exists(agentLog) ? Files.size(agentLog) : 0;
		String java = ProcessHandle.current().info().command().orElseThrow();
		Path framework = Path.of(URI.create(System.getProperty("osgi.framework")));
		// the JDK's javax.* packages come from the boot class path, as in this runtime and under the product's launcher
		ProcessBuilder builder = new ProcessBuilder(java, "-Dosgi.compatibility.bootdelegation=true",
				"-Declipse.application=" + APPLICATION,
				"-Dosgi.configuration.area=" + configuration.toUri(), "-cp", framework.toString(),
				"org.eclipse.core.runtime.adaptor.EclipseStarter", "-consoleLog", config.toString())
				.redirectErrorStream(true).redirectOutput(workDir.resolve("jvm.out").toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			return new ChildJvmAgent(process, awaitApiPort(process, agentLog, logStart, workDir));
		} catch (Exception | Error e) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			throw e;
		}
	}

	/** This runtime's framework configuration, running the agent application instead of the tests. */
	private static void writeFrameworkConfig(Path target) throws IOException {
		Properties properties = new Properties();
		Path own = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
		try (InputStream in = Files.newInputStream(own)) {
			properties.load(in);
		}
		properties.setProperty("osgi.bundles", Arrays.stream(properties.getProperty("osgi.bundles").split(","))
				.filter(bundle -> !bundle.contains("surefire")).collect(Collectors.joining(",")));
		properties.setProperty("eclipse.application", APPLICATION);
		properties.setProperty("eclipse.ignoreApp", "false");
		properties.setProperty("osgi.noShutdown", "false");
		try (OutputStream out = Files.newOutputStream(target)) {
			properties.store(out, "the agent application with the bundles of " + own);
		}
	}

	private static int awaitApiPort(Process process, Path agentLog, long logStart, Path workDir) throws Exception {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("the agent JVM exited with " + process.exitValue() + ": "
						+ Files.readString(workDir.resolve("jvm.out")));
			}
			if (Files.exists(agentLog)) {
				byte[] bytes = Files.readAllBytes(agentLog);
				String fresh = new String(bytes, (int) Math.min(logStart, bytes.length),
						(int) Math.max(0, bytes.length - logStart), StandardCharsets.UTF_8);
				Matcher api = API_LINE.matcher(fresh);
				if (api.find()) {
					return Integer.parseInt(api.group(1));
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the agent JVM did not log its API port within " + START_TIMEOUT_MILLIS + " ms: "
				+ Files.readString(workDir.resolve("jvm.out")));
	}

	int apiPort() {
		return apiPort;
	}

	long pid() {
		return process.pid();
	}

	/** SIGKILL: the agent gets no chance to stop its VMs, as in a crash. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("the agent JVM survived SIGKILL");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
