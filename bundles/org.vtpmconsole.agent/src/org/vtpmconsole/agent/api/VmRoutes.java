package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.agent.vm.QemuProcess;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.agent.vm.VmBoot;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.agent.CreateVmRequest;
import org.vtpmconsole.protocol.agent.NoArguments;
import org.vtpmconsole.protocol.agent.PcrBanks;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.agent.VmList;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;
import org.vtpmconsole.protocol.http.JsonServer;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/** The VM resources: list, create, one VM, start, stop, and the running guest's vPCRs through the gateway. */
final class VmRoutes {

	private final ApiVms vms;
	private final EventJournal events;

	VmRoutes(ApiVms vms, EventJournal events) {
		this.vms = vms;
		this.events = events;
	}

	void register(JsonServer.Builder server) {
		server.route("GET", AgentPaths.VMS, Access.READERS, request -> list());
		server.route("POST", AgentPaths.VMS, Access.ADMINS, this::create);
		server.route("GET", AgentPaths.VM, Access.READERS, request -> vms.info(vms.find(request)));
		server.route("POST", AgentPaths.VM_START, Access.ADMINS, this::start);
		server.route("POST", AgentPaths.VM_STOP, Access.ADMINS, this::stop);
		server.route("GET", AgentPaths.PCRS, Access.READERS, this::pcrs);
	}

	private VmList list() throws ApiException {
		try {
			return new VmList(vms.all().list().stream().map(vms::info).toList());
		} catch (IOException e) {
			throw Failures.failed("cannot list the VM directory", e);
		}
	}

	private VmInfo create(ApiRequest request) throws ApiException {
		CreateVmRequest create = request.body(CreateVmRequest.class);
		VmBoot boot = VmBoot.parse(create.bootOrDefault());
		if (boot == VmBoot.GUEST && !vms.all().bootsGuests()) {
			throw ApiException.conflict("no_guest_kernel",
					"this agent has no guest kernel: its configuration needs vms.guest.kernel and vms.guest.initrd");
		}
		try {
			Vm vm = vms.all().create(create.diskSize(), Optional.ofNullable(create.name()), boot);
			events.record("vm.created", vm.uuid(), null, (create.name() == null ? "" : "name " + create.name() + ", ")
					+ "disk " + create.diskSize() + ", boots " + boot.apiName());
			return vms.info(vm);
		} catch (IOException | LabelException e) {
			throw Failures.failed("the VM could not be created (nothing was left behind)", e);
		}
	}

	private VmInfo start(ApiRequest request) throws ApiException {
		request.body(NoArguments.class);
		return vms.exclusively(vms.find(request), vm -> {
			vms.requireStopped(vm, "starting it again");
			try {
				vms.all().start(vm);
			} catch (IOException e) {
				// QEMU's own words, e.g. the gateway refused its vTPM; GET /v1/events has the gateway's reason
				throw ApiException.conflict("vm_start_failed",
						"VM " + vm.uuid() + " did not start: " + Failures.oneLine(e));
			}
			events.record("vm.started", vm.uuid(), null, "QEMU started behind the vTPM gateway");
			return vms.info(vm);
		});
	}

	private VmInfo stop(ApiRequest request) throws ApiException {
		request.body(NoArguments.class);
		return vms.exclusively(vms.find(request), vm -> {
			vms.requireRunning(vm);
			try {
				vms.all().stop(vm);
			} catch (IOException e) {
				throw Failures.failed("VM " + vm.uuid() + " did not stop cleanly", e);
			}
			events.record("vm.stopped", vm.uuid(), null, "QEMU quit; the vTPM saved its state");
			return vms.info(vm);
		});
	}

	private PcrBanks pcrs(ApiRequest request) throws ApiException {
		Vm vm = vms.find(request);
		vms.requireRunning(vm);
		if (vms.all().process(vm).filter(QemuProcess::vtpmLost).isPresent()) {
			throw ApiException.conflict("vtpm_unavailable", "VM " + vm.uuid()
					+ " lost its vTPM with the previous agent; stop and start the VM to serve it again");
		}
		PcrValues values;
		try {
			values = vms.all().pcrs(vm);
		} catch (IOException e) {
			// e.g. before the firmware's TPM2_Startup the vTPM answers TPM_RC_INITIALIZE
			throw ApiException.conflict("vtpm_unavailable", "the vTPM of VM " + vm.uuid() + " cannot be read now: "
					+ Failures.oneLine(e));
		}
		Map<String, List<String>> banks = new LinkedHashMap<>();
		for (TpmHash bank : List.of(TpmHash.SHA1, TpmHash.SHA256)) {
			List<String> pcrs = new ArrayList<>();
			for (int pcr = 0; pcr < PcrSelection.PCR_COUNT; pcr++) {
				pcrs.add(HexFormat.of().formatHex(values.get(bank, pcr)));
			}
			banks.put(bank.name().toLowerCase(), pcrs);
		}
		return new PcrBanks(vm.uuid().toString(), banks);
	}
}
