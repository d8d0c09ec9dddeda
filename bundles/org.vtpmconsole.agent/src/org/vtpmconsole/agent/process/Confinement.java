package org.vtpmconsole.agent.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one child of the agent (a VM's QEMU, a vTPM's swtpm) runs: with core dumps off ({@code prlimit --core=0}),
 * and, given an identity, as that uid and gid with only its listed supplementary groups, no capabilities (inheritable, bounding)
 * and no_new_privs ({@code setpriv}). Both wrappers exec the program in place, so the pid the agent knows becomes the
 * program's, and {@code /proc/PID/exe} is the program's own executable. Without an identity (a development
 * setting) the child keeps the agent's uid. The environment is the spawner's job: every spawner passes none.
 */
public record Confinement(HostTools tools, Optional<ProcessIdentity> identity) {
	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	/** A child under the agent's own uid (tests and benchmarks of swtpm alone; development setups). */
	public static Confinement agentUid(HostTools tools) {
		return new Confinement(tools, Optional.empty());
	}

	public static Confinement as(HostTools tools, ProcessIdentity identity) {
		return new Confinement(tools, Optional.of(identity));
	}

	/** The command line that runs {@code program} (absolute executable first) confined. */
	public List<String> command(List<String> program) {
		if (!program.get(0).startsWith("/")) {
			throw new IllegalArgumentException("not an absolute executable path: " + program.get(0));
		}
		List<String> command = new ArrayList<>(List.of(tools.prlimit().toString(), "--core=0"));
		identity.ifPresent(id -> command.addAll(List.of(tools.setpriv().toString(), "--reuid=" + id.uid(),
				"--regid=" + id.gid(), groups(id), "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--")));
		command.addAll(program);
		return command;
	}

	/** The same confinement with one supplementary group (that of {@code /dev/kvm}); none without an identity. */
	public Confinement withGroup(int group) {
		return new Confinement(tools, identity.map(id -> id.withGroup(group)));
	}

	private static String groups(ProcessIdentity identity) {
		return identity.groups().isEmpty() ? "--clear-groups"
				: "--groups=" + String.join(",", identity.groups().stream().map(String::valueOf).toList());
	}

	/**
	 * Gives the child a directory of its own: owned by its uid and gid, mode 0700 whatever the umask. Callers pass
	 * paths in directories only the agent writes, so no child can swap one for a link between the check and the
	 * change; a link found there is refused all the same.
	 */
	public void ownDirectory(Path dir) throws IOException {
		hand(dir, OWNER_ONLY_DIRECTORY);
	}

	/** Gives the child a file of its own: owned by its uid and gid, mode 0600. */
	public void ownFile(Path file) throws IOException {
		hand(file, OWNER_ONLY_FILE);
	}

	/** {@link #ownDirectory} for {@code dir} and everything under it (a vTPM state directory swtpm writes into). */
	public void ownTree(Path dir) throws IOException {
		List<Path> paths;
		try (var walk = Files.walk(dir)) {
			paths = walk.toList();
		}
		for (Path path : paths) {
			if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				ownDirectory(path);
			} else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				ownFile(path);
			}
		}
	}

	private void hand(Path path, Set<PosixFilePermission> mode) throws IOException {
		if (Files.isSymbolicLink(path)) {
			throw new IOException(path + " is a symbolic link; the agent hands only real files to its children");
		}
		if (identity.isPresent()) {
			Files.setAttribute(path, "unix:uid", identity.get().uid(), LinkOption.NOFOLLOW_LINKS);
			Files.setAttribute(path, "unix:gid", identity.get().gid(), LinkOption.NOFOLLOW_LINKS);
		}
		Files.setPosixFilePermissions(path, mode);
	}
}
