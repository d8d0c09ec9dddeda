package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.vtpmconsole.agent.vm.GuestKernel;
import org.vtpmconsole.lab.guest.GuestImage;

/**
 * Finds the training guest the lab's VMs boot: a directory given with {@code --guest} holding {@code vmlinuz} and
 * {@code initrd.gz}, or else the clone the product was built in ({@code releng/build-guest.sh} above the product's
 * directory), whose build script makes or reuses {@code target/guest}.
 */
public final class LabGuest {
	private static final String SCRIPT = "releng/build-guest.sh";

	private LabGuest() {
	}

	public static GuestKernel locate(Path products, Optional<Path> guestDir) throws IOException {
		if (guestDir.isPresent()) {
			GuestKernel kernel = new GuestKernel(guestDir.get().resolve("vmlinuz"), guestDir.get().resolve("initrd.gz"));
			if (!Files.isRegularFile(kernel.kernel()) || !Files.isRegularFile(kernel.initrd())) {
				throw new IOException("--guest " + guestDir.get() + " has no vmlinuz and initrd.gz (releng/build-guest.sh "
						+ "makes them)");
			}
			return kernel;
		}
		for (Path dir = products.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(SCRIPT))) {
				return GuestImage.build(dir.resolve(SCRIPT), dir.resolve("target/guest")).asGuestKernel();
			}
		}
		throw new IOException("no training guest: give --guest DIR (with vmlinuz and initrd.gz from " + SCRIPT
				+ ") or run the vtpmctl built in a clone");
	}
}
