package org.vtpmconsole.agent.gateway;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.agent.swtpm.ControlCommand;

/**
 * Which of swtpm's control commands a guest's QEMU may send through the gateway, each with its reason
 * (docs/gateway.md, "Control commands"). Allowed are those QEMU 7.2's tpm_emulator.c sends; the state-blob commands
 * are allowed only through the seal. Everything else is answered with a failure and logged.
 */
final class ControlPolicy {
	/** TPM_DISABLED_CMD, what QEMU is told for a refused command. */
	static final int REFUSED_RESULT = 0x08;

	private static final Map<ControlCommand, String> REFUSED = new EnumMap<>(ControlCommand.class);

	static {
		String drtm = "the locality-4 hash sequence (_TPM_Hash_Start) resets and extends PCRs 17-22 as a DRTM launch "
				+ "would, so it would let QEMU forge DRTM measurements; QEMU 7.2 never sends it";
		REFUSED.put(ControlCommand.HASH_START, drtm);
		REFUSED.put(ControlCommand.HASH_DATA, drtm);
		REFUSED.put(ControlCommand.HASH_END, drtm);
		REFUSED.put(ControlCommand.STORE_VOLATILE, "it leaves a copy of the TPM's RAM in the state directory that the "
				+ "next power-on resumes from, a state to roll back to; QEMU 7.2 never sends it");
		REFUSED.put(ControlCommand.GET_CONFIG, "it describes swtpm's key configuration; QEMU 7.2 never sends it");
		REFUSED.put(ControlCommand.GET_INFO, "QEMU 7.2 never sends it");
		REFUSED.put(ControlCommand.LOCK_STORAGE, "the state directory's lock is the agent's; QEMU 7.2 sends it only "
				+ "to a swtpm that offers it (0.8 and later, not 0.7.1)");
	}

	private ControlPolicy() {
	}

	/** Why {@code command} is refused, or empty when QEMU may send it. */
	static Optional<String> refusal(ControlCommand command) {
		return Optional.ofNullable(REFUSED.get(command));
	}
}
