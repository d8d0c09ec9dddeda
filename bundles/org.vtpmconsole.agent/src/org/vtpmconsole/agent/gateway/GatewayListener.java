package org.vtpmconsole.agent.gateway;

import java.util.UUID;

/** What happens at a VM's vTPM gateway; callbacks run on the gateway's threads and must return quickly. */
public interface GatewayListener {

	/** A QEMU process passed every check; its vTPM is running. */
	default void admitted(UUID vm, int pid) {
	}

	/** A QEMU process was refused and disconnected; the vTPM was not started. */
	default void refused(UUID vm, int pid, Refusal refusal) {
	}

	/** The vTPM channel of a VM ended: QEMU left, the gateway closed, or the traffic was malformed. */
	default void closed(UUID vm, String why) {
	}

	GatewayListener NONE = new GatewayListener() {
	};
}
