package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.process.HostProcess;
import org.vtpmconsole.agent.swtpm.SwtpmProcess;

/**
 * What an agent that was killed (SIGKILL, a crash) left running, found again when the next agent starts, before its
 * API serves anyone. Each VM's swtpm is stopped, so its lock and state are free for the next start (its permanent
 * state is already on disk, encrypted). Each VM's QEMU is adopted through its QMP socket: it is listed running and
 * can be stopped, but its guest has lost its vTPM, because QEMU's {@code tpm-emulator} backend sets up its data
 * channel once, at start, and cannot get a new one. Pid files of processes that ended are removed.
 */
public final class LeftoverProcesses {
	private static final long STOP_GRACE_MILLIS = 5_000;

	/** A VM whose QEMU outlived the previous agent and now runs under this one, without its vTPM. */
	public record Adopted(UUID vm, long pid, String accelerator) {
	}

	private final ILog log = ILog.of(getClass());
	private final VirtualMachines vms;

	public LeftoverProcesses(VirtualMachines vms) {
		this.vms = vms;
	}

	/** Goes through every VM once; a VM that cannot be recovered is logged and left stopped. */
	public List<Adopted> recover() throws IOException {
		List<Adopted> adopted = new ArrayList<>();
		for (Vm vm : vms.list()) {
			try {
				stopSwtpm(vm);
				adoptQemu(vm).ifPresent(adopted::add);
			} catch (IOException e) {
				log.warn("VM " + vm.uuid() + ": what the previous agent left running could not be recovered: "
						+ e.getMessage());
			}
		}
		return adopted;
	}

	private void stopSwtpm(Vm vm) throws IOException {
		Path pidFile = vm.runDir().resolve(SwtpmProcess.PID_FILE);
		Optional<HostProcess> swtpm = HostProcess.fromPidFile(pidFile);
		if (swtpm.isPresent() && isSwtpmOf(swtpm.get().commandLine(), vm)) {
			swtpm.get().stop(STOP_GRACE_MILLIS);
			if (swtpm.get().isRunning()) {
				throw new IOException("swtpm " + swtpm.get().pid() + " did not stop, even on SIGKILL");
			}
			log.info("VM " + vm.uuid() + ": stopped the swtpm " + swtpm.get().pid() + " the previous agent left running");
		}
		Files.deleteIfExists(pidFile);
	}

	private Optional<Adopted> adoptQemu(Vm vm) throws IOException {
		Path pidFile = QemuLaunch.pidFileIn(vm.runDir());
		Optional<HostProcess> qemu = HostProcess.fromPidFile(pidFile);
		if (qemu.isEmpty() || !isQemuOf(qemu.get().commandLine(), vm)) {
			Files.deleteIfExists(pidFile);
			return Optional.empty();
		}
		QemuProcess adopted;
		try {
			adopted = QemuProcess.adopt(qemu.get(), vm.runDir());
		} catch (IOException e) {
			// a QEMU nobody can control would keep the image open and run a guest without its vTPM
			qemu.get().stop(STOP_GRACE_MILLIS);
			Files.deleteIfExists(pidFile);
			throw new IOException("QEMU " + qemu.get().pid() + " could not be adopted (" + e.getMessage()
					+ "), so it was stopped", e);
		}
		vms.adopt(vm, adopted);
		log.warn("VM " + vm.uuid() + ": adopted QEMU " + adopted.pid() + "; its vTPM was lost with the previous agent");
		return Optional.of(new Adopted(vm.uuid(), adopted.pid(), adopted.accelerator()));
	}

	private static boolean isSwtpmOf(List<String> commandLine, Vm vm) {
		return !commandLine.isEmpty() && Path.of(commandLine.get(0)).getFileName().toString().equals("swtpm")
				&& commandLine.contains("dir=" + vm.vtpm().stateDir());
	}

	private static boolean isQemuOf(List<String> commandLine, Vm vm) {
		int uuid = commandLine.indexOf("-uuid");
		return uuid > 0 && uuid + 1 < commandLine.size() && commandLine.get(uuid + 1).equals(vm.uuid().toString());
	}
}
