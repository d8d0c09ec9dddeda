package org.vtpmconsole.ui.explorer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VirtualMachine;

/**
 * What the explorer shows for a filter text: hosts whose name or address contains it (with all their VMs),
 * and hosts with VMs whose name or UUID contains it (with just those VMs). Case-insensitive. Computed once per
 * filter text or model change, in one pass over the model, so the lazy tree can ask for child number N in
 * constant time.
 */
final class FleetFilter {

	private final String text;
	private final List<Host> hosts;
	/** hosts shown for some of their VMs only, with those VMs; a host missing here shows all its VMs */
	private final Map<Host, List<VirtualMachine>> matchingVms;
	private final int vmCount;

	private FleetFilter(String text, List<Host> hosts, Map<Host, List<VirtualMachine>> matchingVms, int vmCount) {
		this.text = text;
		this.hosts = hosts;
		this.matchingVms = matchingVms;
		this.vmCount = vmCount;
	}

	static FleetFilter of(Fleet fleet, String text) {
		String needle = text == null ? "" : text.trim();
		List<Host> hosts = new ArrayList<>();
		Map<Host, List<VirtualMachine>> matchingVms = new IdentityHashMap<>();
		int vmCount = 0;
		if (fleet == null) {
			return new FleetFilter(needle, hosts, matchingVms, 0);
		}
		if (needle.isEmpty()) {
			for (Host host : fleet.getHosts()) {
				vmCount += host.getVirtualMachines().size();
			}
			return new FleetFilter(needle, fleet.getHosts(), matchingVms, vmCount);
		}
		for (Host host : fleet.getHosts()) {
			if (contains(host.getName(), needle) || contains(host.getAddress(), needle)) {
				hosts.add(host);
				vmCount += host.getVirtualMachines().size();
				continue;
			}
			List<VirtualMachine> vms = new ArrayList<>();
			for (VirtualMachine vm : host.getVirtualMachines()) {
				if (contains(vm.getName(), needle) || contains(vm.getUuid(), needle)) {
					vms.add(vm);
				}
			}
			if (!vms.isEmpty()) {
				hosts.add(host);
				matchingVms.put(host, vms);
				vmCount += vms.size();
			}
		}
		return new FleetFilter(needle, hosts, matchingVms, vmCount);
	}

	/** Case-insensitive substring test without allocating, as it runs for every VM on every keystroke. */
	static boolean contains(String haystack, String needle) {
		if (haystack == null) {
			return false;
		}
		for (int i = 0, last = haystack.length() - needle.length(); i <= last; i++) {
			if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
				return true;
			}
		}
		return false;
	}

	boolean isActive() {
		return !text.isEmpty();
	}

	String text() {
		return text;
	}

	List<Host> hosts() {
		return hosts;
	}

	List<VirtualMachine> vms(Host host) {
		return matchingVms.getOrDefault(host, host.getVirtualMachines());
	}

	/** Hosts shown only because some of their VMs match: the ones worth expanding for the user. */
	List<Host> hostsMatchedByVms() {
		return new ArrayList<>(matchingVms.keySet());
	}

	int vmCount() {
		return vmCount;
	}
}
