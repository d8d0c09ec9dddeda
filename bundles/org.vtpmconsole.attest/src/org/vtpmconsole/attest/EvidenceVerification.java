package org.vtpmconsole.attest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.verify.Check;

/**
 * What {@link EvidenceVerifier} found: the checks that concern the whole answer (nonce, AIK certificate, host
 * quote, Merkle root) and each VM's own checks. A VM's evidence counts only when both are all passed.
 */
public record EvidenceVerification(List<Check> hostChecks, List<VmVerification> vms) {
	public EvidenceVerification {
		hostChecks = List.copyOf(hostChecks);
		vms = List.copyOf(vms);
	}

	public boolean hostVerified() {
		return hostChecks.stream().allMatch(Check::isPassed);
	}

	public boolean hostFailed() {
		return hostChecks.stream().anyMatch(Check::isFailed);
	}

	/** Every VM verified (and the host). */
	public boolean isVerified() {
		return hostVerified() && vms.stream().allMatch(VmVerification::isVerified);
	}

	public Optional<VmVerification> vm(UUID uuid) {
		return vms.stream().filter(vm -> vm.uuid().equals(uuid)).findFirst();
	}

	/** The host checks that did not pass, "name: reason" joined by "; ". */
	public String hostProblems() {
		return VmVerification.describeProblems(hostChecks);
	}
}
