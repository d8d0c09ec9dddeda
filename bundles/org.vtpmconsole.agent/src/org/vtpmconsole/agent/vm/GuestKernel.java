package org.vtpmconsole.agent.vm;

import java.nio.file.Path;
import java.util.List;

/**
 * The kernel and initramfs a guest VM boots ({@code vms.guest.kernel}, {@code vms.guest.initrd}; the training guest of
 * releng/build-guest.sh, docs/guest.md), and what its QEMU needs besides the firmware VM's options: the two files, the
 * kernel command line, more memory, and the serial console on a unix socket instead of a file.
 */
public record GuestKernel(Path kernel, Path initrd) {
	/** The kernel's own command line: serial console, IMA measuring into PCR 10 (docs/guest.md). */
	public static final String APPEND = "console=ttyS0 ima_policy=tcb quiet";
	/** MiB; the cloud kernel with a 10 MB initramfs does not boot in the firmware VM's 64. */
	public static final String MEMORY = "256";
	/**
	 * The guest kernel dies with an emulation failure under nested KVM on the machines this is built on, while it
	 * boots under TCG (docs/guest.md, "Booting it"), so guest VMs run under TCG whatever {@code vms.accelerator} says.
	 */
	public static final String ACCELERATOR = Accelerator.TCG_NAME;

	public GuestKernel {
		kernel = kernel.toAbsolutePath();
		initrd = initrd.toAbsolutePath();
	}

	/** {@code -kernel}, {@code -initrd} and {@code -append}. */
	public List<String> bootOptions() {
		return List.of("-kernel", kernel.toString(), "-initrd", initrd.toString(), "-append", APPEND);
	}

	/** The {@code -serial} value that puts the console on {@code socket}, a unix socket QEMU listens on. */
	public static String serialSocket(Path socket) {
		return "unix:" + QemuLaunch.qemuEscape(socket.toAbsolutePath().toString()) + ",server=on,wait=off";
	}
}
