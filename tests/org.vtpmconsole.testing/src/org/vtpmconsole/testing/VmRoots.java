package org.vtpmconsole.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * A test's temporary directory as the parent of an agent's VMs directory: JUnit creates it 0700, but each VM's QEMU
 * and swtpm run under their own uids and must pass through every directory above their files. Others get search
 * permission only (no listing) on {@code dir} and on each directory above it that lacks it.
 */
public final class VmRoots {
	private VmRoots() {
	}

	public static void letVmUidsPass(Path dir) throws IOException {
		for (Path each = dir.toAbsolutePath(); each != null; each = each.getParent()) {
			Set<PosixFilePermission> mode = EnumSet.copyOf(Files.getPosixFilePermissions(each));
			if (!mode.contains(PosixFilePermission.OTHERS_EXECUTE)) {
				mode.add(PosixFilePermission.GROUP_EXECUTE);
				mode.add(PosixFilePermission.OTHERS_EXECUTE);
				Files.setPosixFilePermissions(each, mode);
			}
		}
	}
}
