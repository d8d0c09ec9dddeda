package org.vtpmconsole.agent.gateway;

import java.util.UUID;

import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.swtpm.ControlCommand;

/** What happens at a VM's vTPM gateway; callbacks run on the gateway's threads and must return quickly. */
public interface GatewayListener {

	/** A QEMU process passed every check; its vTPM is running. */
	default void admitted(UUID vm, int pid) {
	}

	/** A QEMU process was refused and disconnected; the vTPM was not started. */
	default void refused(UUID vm, int pid, Refusal refusal) {
	}

	/** A state blob QEMU pushed was refused (answered with a failure) and did not reach swtpm. */
	default void blobRefused(UUID vm, int pid, BlobRefusal refusal) {
	}

	/** A control command QEMU sent was refused (answered with a failure) and did not reach swtpm. */
	default void commandRefused(UUID vm, int pid, ControlCommand command, String why) {
	}

	/** The vTPM channel of a VM ended: QEMU left, the gateway closed, or the traffic was malformed. */
	default void closed(UUID vm, String why) {
	}

	GatewayListener NONE = new GatewayListener() {
	};
}
