package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.agent.process.Confinement;

/**
 * One VM's QEMU and swtpm confinement and the ownership of its files (docs/gateway.md, "VM layout"):
 *
 * <pre>
 * ROOT/UUID/             root, group G, 0710  (QEMU and swtpm pass through; nobody else)
 *   disk.qcow2           QEMU's uid, 0600
 *   vtpm/                swtpm's uid, 0700
 *   run/                 root, group G, 0710  (the gateway socket, QEMU's uid 0600; the agent's logs and pid files)
 *   run/qemu/            QEMU's uid, 0700     (QMP socket, serial log, QEMU's pid file)
 * </pre>
 *
 * Only the agent writes {@code ROOT/UUID/} and {@code run/}, so what it creates or opens there cannot be swapped for
 * a link by a child. With the development setting (no group) every directory is 0700 and every file 0600, owned by
 * the agent.
 */
public record VmConfinement(Confinement qemu, Confinement swtpm, Optional<Integer> group) {
	static final String QEMU_DIR = "qemu";
	private static final Set<PosixFilePermission> GROUP_PASSES = PosixFilePermissions.fromString("rwx--x---");
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/** QEMU's own directory inside the VM's run directory. */
	static Path qemuDir(Path runDir) {
		return runDir.resolve(QEMU_DIR);
	}

	/** Sets the owners and modes of the VM's directories (and of its image, once there), whatever the umask. */
	void prepare(Vm vm) throws IOException {
		shared(vm.dir());
		if (Files.exists(vm.image(), LinkOption.NOFOLLOW_LINKS)) {
			qemu.ownFile(vm.image());
		}
		swtpm.ownDirectory(Files.createDirectories(vm.vtpm().stateDir()));
		shared(Files.createDirectories(vm.runDir()));
		qemu.ownDirectory(Files.createDirectories(qemuDir(vm.runDir())));
	}

	/** A directory of the agent's that the VM's QEMU and swtpm may pass through (but not list or write). */
	void shared(Path dir) throws IOException {
		if (group.isPresent()) {
			Files.setAttribute(dir, "unix:gid", group.get(), LinkOption.NOFOLLOW_LINKS);
			Files.setPosixFilePermissions(dir, GROUP_PASSES);
		} else {
			Files.setPosixFilePermissions(dir, OWNER_ONLY);
		}
	}
}
