package org.vtpmconsole.agent.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The QEMU command line of a VM: no display, no network, serial output to a file, QMP on a unix socket, the disk
 * image, the {@code -uuid}, the vTPM through the gateway socket ({@code -tpmdev emulator}), and QEMU's seccomp filter
 * with everything a guest's QEMU never needs denied (obsolete system calls, setuid and friends, fork and exec,
 * scheduler and affinity changes). All paths are absolute. QEMU writes only into its own directory
 * {@code run/qemu/} ({@link VmConfinement}); its output goes to {@code run/qemu.out}, which the agent opens. The parts
 * are separate so that a test can cross them (one VM's image, another's vTPM).
 */
public record QemuLaunch(Path executable, String accelerator, Path image, UUID uuid, Path tpmSocket, Path runDir) {

	public QemuLaunch {
		image = image.toAbsolutePath();
		tpmSocket = tpmSocket.toAbsolutePath();
		runDir = runDir.toAbsolutePath();
	}

	/** The VM as it was created: its own image, UUID and vTPM. */
	public static QemuLaunch of(Path executable, String accelerator, Vm vm) {
		return new QemuLaunch(executable, accelerator, vm.image(), vm.uuid(), vm.vtpm().gatewaySocket(), vm.runDir());
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

	public List<String> commandLine() {
		List<String> args = new ArrayList<>(List.of(executable.toString(), "-accel", accelerator, "-machine", "pc", "-m", "64",
				"-display", "none", "-nic", "none", "-monitor", "none", "-nodefaults",
				"-sandbox", SANDBOX,
				"-serial", "file:" + VmConfinement.qemuDir(runDir).resolve("serial.log"), "-uuid", uuid.toString(),
				"-drive", "file=" + qemuEscape(image.toString()) + ",if=virtio,format=qcow2",
				"-chardev", "socket,id=chrtpm,path=" + qemuEscape(tpmSocket.toString()),
				"-tpmdev", "emulator,id=tpm0,chardev=chrtpm", "-device", "tpm-tis,tpmdev=tpm0",
				"-qmp", "unix:" + qemuEscape(qmpSocket().toString()) + ",server=on,wait=off",
				"-pidfile", pidFileIn(runDir).toString()));
		return args;
	}

	/** QEMU option values separate keys with commas; a literal comma is written twice. */
	private static String qemuEscape(String value) {
		return value.replace(",", ",,");
	}
}
