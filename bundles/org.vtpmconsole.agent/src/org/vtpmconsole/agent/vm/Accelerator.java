package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * How QEMU runs guest code ({@code vms.accelerator}): {@code auto} takes KVM when {@code /dev/kvm} can be opened
 * read-write by the agent (as QEMU will open it) and TCG otherwise; {@code kvm} insists on KVM; {@code tcg} never
 * uses it. Which one QEMU really uses is asked afterwards with QMP {@code query-kvm} ({@link QemuProcess}).
 */
public enum Accelerator {
	AUTO, KVM, TCG;

	public static final String KVM_NAME = "kvm";
	public static final String TCG_NAME = "tcg";
	private static final Path KVM_DEVICE = Path.of("/dev/kvm");

	/** {@code auto}, {@code kvm} or {@code tcg}, as the configuration spells it. */
	public static Accelerator parse(String text) {
		for (Accelerator accelerator : values()) {
			if (accelerator.configName().equals(text)) {
				return accelerator;
			}
		}
		throw new IllegalArgumentException("expected auto, kvm or tcg, got '" + text + "'");
	}

	public String configName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The {@code -accel} value for the next QEMU start. */
	public String choose() throws IOException {
		return choose(KVM_DEVICE);
	}

	/**
	 * The group of {@code /dev/kvm}, the one supplementary group a QEMU under its own uid needs to open the device
	 * itself (as libvirt puts its QEMU user into the kvm group).
	 */
	static int deviceGroup() throws IOException {
		return (Integer) Files.getAttribute(KVM_DEVICE, "unix:gid");
	}

	/** @throws IOException naming the device and why, when KVM is required but not usable */
	String choose(Path kvmDevice) throws IOException {
		if (this == TCG) {
			return TCG_NAME;
		}
		try (FileChannel device = FileChannel.open(kvmDevice, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			return KVM_NAME;
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			if (this == KVM) {
				throw new IOException("vms.accelerator is kvm, but " + kvmDevice + " cannot be opened read-write ("
						+ e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
			}
			return TCG_NAME;
		}
	}
}
