package org.vtpmconsole.protocol.agent;

import java.util.List;

/** POST /v1/vms/{uuid}/label/verify: every check the agent made, in SPEC §5 order. */
public record LabelVerificationInfo(Boolean valid, String summary, List<Check> checks) {

	/** One check: {@code kind} (signer, signature, validity, qemu, uuid, state_key), {@code outcome}, why. */
	public record Check(String kind, String outcome, String reason) {
	}
}
