package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.vm.QemuProcess;
import org.vtpmconsole.agent.vm.VirtualMachines;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;

/**
 * The VMs as the API handlers see them: looked up by the {@code {uuid}} of the path (404 when there is none), and
 * changed one request at a time per VM, so a start cannot race a stop or a label re-issue.
 */
final class ApiVms {

	/** A change made while holding the VM's lock. */
	@FunctionalInterface
	interface Change<T> {
		T apply(Vm vm) throws ApiException;
	}

	private final ILog log = ILog.of(getClass());
	private final VirtualMachines vms;
	private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

	ApiVms(VirtualMachines vms) {
		this.vms = vms;
	}

	VirtualMachines all() {
		return vms;
	}

	Vm find(ApiRequest request) throws ApiException {
		String text = request.pathParameter("uuid");
		try {
			UUID uuid = UUID.fromString(text);
			if (uuid.toString().equals(text)) {
				return vms.vm(uuid);
			}
		} catch (IllegalArgumentException | IOException e) {
			// not a VM of this host, answered below
		}
		throw ApiException.notFound("no VM " + text + " on this host");
	}

	<T> T exclusively(Vm vm, Change<T> change) throws ApiException {
		synchronized (locks.computeIfAbsent(vm.uuid(), uuid -> new Object())) {
			return change.apply(vm);
		}
	}

	VmInfo info(Vm vm) {
		Optional<QemuProcess> process = vms.process(vm);
		return new VmInfo(vm.uuid().toString(), process.isPresent() ? VmInfo.RUNNING : VmInfo.STOPPED,
				vm.image().toString(), name(vm), process.map(QemuProcess::accelerator).orElse(null),
				process.map(qemu -> qemu.vtpmLost() ? VmInfo.VTPM_LOST : VmInfo.VTPM_SERVING).orElse(null));
	}

	/** A name that cannot be read is left out, so one damaged file does not hide the other VMs. */
	private String name(Vm vm) {
		try {
			return vms.name(vm).orElse(null);
		} catch (IOException e) {
			log.warn(e.getMessage());
			return null;
		}
	}

	void requireStopped(Vm vm, String operation) throws ApiException {
		if (vms.isRunning(vm)) {
			throw ApiException.conflict("vm_running", "VM " + vm.uuid() + " is running; stop it before " + operation);
		}
	}

	void requireRunning(Vm vm) throws ApiException {
		if (!vms.isRunning(vm)) {
			throw ApiException.conflict("vm_not_running", "VM " + vm.uuid() + " is not running");
		}
	}
}
