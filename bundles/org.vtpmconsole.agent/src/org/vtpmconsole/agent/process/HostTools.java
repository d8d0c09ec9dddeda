package org.vtpmconsole.agent.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The programs the agent runs, each by an absolute path found once, when the agent starts, in the system's own
 * directories (never through the PATH of whoever started the agent, and never again at spawn time), so a program
 * planted in a directory on PATH later is not run as root.
 */
public record HostTools(Path swtpm, Path qemuImg, Path setpriv, Path prlimit) {
	/** Searched in this order; /usr/local comes last so a distribution's package wins. */
	private static final List<Path> SYSTEM_DIRECTORIES = List.of(Path.of("/usr/bin"), Path.of("/usr/sbin"),
			Path.of("/bin"), Path.of("/sbin"), Path.of("/usr/local/bin"));

	public HostTools {
		for (Path tool : List.of(swtpm, qemuImg, setpriv, prlimit)) {
			if (!tool.isAbsolute()) {
				throw new IllegalArgumentException("a tool needs an absolute path, got " + tool);
			}
		}
	}

	private static HostTools system;

	/**
	 * The tools in the system directories, looked up on the first call and kept for the life of the JVM; a missing
	 * one is named in the exception.
	 */
	public static synchronized HostTools system() throws IOException {
		if (system == null) {
			system = new HostTools(find("swtpm"), find("qemu-img"), find("setpriv"), find("prlimit"));
		}
		return system;
	}

	private static Path find(String name) throws IOException {
		Optional<Path> found = SYSTEM_DIRECTORIES.stream().map(dir -> dir.resolve(name))
				.filter(path -> Files.isRegularFile(path) && Files.isExecutable(path)).findFirst();
		return found.orElseThrow(() -> new IOException("the agent needs " + name + ", found in none of "
				+ SYSTEM_DIRECTORIES)).toRealPath();
	}
}
