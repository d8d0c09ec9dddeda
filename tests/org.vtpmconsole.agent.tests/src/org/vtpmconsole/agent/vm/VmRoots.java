package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A test's temporary directory as a VMs directory's parent: JUnit makes it 0700, a VM's uid must pass through. */
public final class VmRoots {
	private VmRoots() {
	}

	public static void letVmUidsPass(Path dir) throws IOException {
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
	}
}
