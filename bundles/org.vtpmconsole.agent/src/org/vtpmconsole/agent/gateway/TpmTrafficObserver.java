package org.vtpmconsole.agent.gateway;

import java.util.UUID;

import org.vtpmconsole.agent.swtpm.TpmFrame;

/**
 * Sees every guest TPM command and its response as the gateway relays them (trail and attestation hook in here).
 * Called on the relay thread between command and response, so it must be quick; it must not keep the frames' bytes
 * beyond the call unless it copies them.
 */
public interface TpmTrafficObserver {

	void relayed(UUID vm, TpmFrame command, TpmFrame response);

	TpmTrafficObserver NONE = (vm, command, response) -> {
	};
}
