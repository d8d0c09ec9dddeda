package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.util.Optional;

import org.vtpmconsole.agent.process.HostTools;

/**
 * How the agent keeps its VMs apart: each VM's QEMU and swtpm under uids of {@link VmUids} (the default and the only
 * setting for production), or, with {@code vms.uids=agent} for development, under the agent's own uid; and the
 * tools it runs, found once.
 */
public record VmIsolation(Optional<VmUids> uids, HostTools tools) {

	/** {@link VmUids#DEFAULT} and the system's tools. */
	public static VmIsolation defaults() throws IOException {
		return new VmIsolation(Optional.of(VmUids.parse(VmUids.DEFAULT)), HostTools.system());
	}
}
