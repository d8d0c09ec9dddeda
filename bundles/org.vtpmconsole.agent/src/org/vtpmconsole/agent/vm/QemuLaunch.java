package org.vtpmconsole.agent.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The QEMU command line of a VM: no display, no network, serial output to a file, QMP on a unix socket, the disk
 * image, the {@code -uuid}, the vTPM through the gateway socket ({@code -tpmdev emulator}), and QEMU's seccomp filter
 * with everything a guest's QEMU never needs denied (obsolete system calls, setuid and friends, fork and exec,
 * scheduler and affinity changes). All paths are absolute. QEMU writes only into its own directory
 * {@code run/qemu/} ({@link VmConfinement}); its output goes to {@code run/qemu.out}, which the agent opens. The parts
 * are separate so that a test can cross them (one VM's image, another's vTPM). A guest VM ({@code guest} present) also
 * boots that kernel, with more memory and its serial console on {@code run/qemu/console.sock}; its disk stays attached,
 * so the gateway checks the same image and label.
 */
public record QemuLaunch(Path executable, String accelerator, Path image, UUID uuid, Path tpmSocket, Path runDir,
		Optional<GuestKernel> guest) {
	private static final String FIRMWARE_MEMORY = "64";

	public QemuLaunch {
		image = image.toAbsolutePath();
		tpmSocket = tpmSocket.toAbsolutePath();
		runDir = runDir.toAbsolutePath();
	}

	/** A firmware VM (SeaBIOS alone). */
	public QemuLaunch(Path executable, String accelerator, Path image, UUID uuid, Path tpmSocket, Path runDir) {
		this(executable, accelerator, image, uuid, tpmSocket, runDir, Optional.empty());
	}

	/** A firmware VM as it was created: its own image, UUID and vTPM. */
	public static QemuLaunch of(Path executable, String accelerator, Vm vm) {
		return of(executable, accelerator, vm, Optional.empty());
	}

	/** The VM as it was created: its own image, UUID and vTPM, and the guest kernel if it boots one. */
	public static QemuLaunch of(Path executable, String accelerator, Vm vm, Optional<GuestKernel> guest) {
		return new QemuLaunch(executable, accelerator, vm.image(), vm.uuid(), vm.vtpm().gatewaySocket(), vm.runDir(),
				guest);
	}

	/** The seccomp filter QEMU installs on itself before it runs guest code. */
	static final String SANDBOX = "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny";

	public Path qmpSocket() {
		return qmpSocketIn(runDir);
	}

	static Path qmpSocketIn(Path runDir) {
		return VmConfinement.qemuDir(runDir).resolve("qmp.sock");
	}

	/** Where QEMU writes its pid, so that an agent restarted after a crash finds it (docs/gateway.md). */
	static Path pidFileIn(Path runDir) {
		return VmConfinement.qemuDir(runDir).resolve("qemu.pid");
	}

	public Path output() {
		return runDir.resolve("qemu.out");
	}

	/** A guest VM's serial console: a unix socket QEMU listens on, made mode 600 once QEMU is up. */
	public Path consoleSocket() {
		return consoleSocketIn(runDir);
	}

	static Path consoleSocketIn(Path runDir) {
		// in QEMU's own directory: the only one of the VM's where its uid may create a socket
		return VmConfinement.qemuDir(runDir).resolve("console.sock");
	}

	public List<String> commandLine() {
		String memory = guest.isPresent() ? GuestKernel.MEMORY : FIRMWARE_MEMORY;
		String serial = guest.isPresent() ? GuestKernel.serialSocket(consoleSocket())
				: "file:" + VmConfinement.qemuDir(runDir).resolve("serial.log");
		List<String> args = new ArrayList<>(List.of(executable.toString(), "-accel", accelerator, "-machine", "pc", "-m", memory,
				"-display", "none", "-nic", "none", "-monitor", "none", "-nodefaults",
				"-sandbox", SANDBOX,
				"-serial", serial, "-uuid", uuid.toString(),
				"-drive", "file=" + qemuEscape(image.toString()) + ",if=virtio,format=qcow2",
				"-chardev", "socket,id=chrtpm,path=" + qemuEscape(tpmSocket.toString()),
				"-tpmdev", "emulator,id=tpm0,chardev=chrtpm", "-device", "tpm-tis,tpmdev=tpm0",
				"-qmp", "unix:" + qemuEscape(qmpSocket().toString()) + ",server=on,wait=off",
				"-pidfile", pidFileIn(runDir).toString()));
		guest.ifPresent(kernel -> args.addAll(kernel.bootOptions()));
		return args;
	}

	/** QEMU option values separate keys with commas; a literal comma is written twice. */
	static String qemuEscape(String value) {
		return value.replace(",", ",,");
	}
}
