package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.vtpmconsole.verify.Check;

/**
 * The checks of one VM's part of the evidence, in order. It verifies only when the host's checks (AIK, host quote)
 * and every one of these passed; "not checked" never counts as passed.
 */
public record VmVerification(UUID uuid, int index, List<Check> checks, boolean hostVerified) {
	public VmVerification {
		checks = List.copyOf(checks);
	}

	public boolean isVerified() {
		return hostVerified && checks.stream().allMatch(Check::isPassed);
	}

	public boolean hasFailure() {
		return checks.stream().anyMatch(Check::isFailed);
	}

	/** Each check that did not pass, "name: reason" or "name: not checked: reason", joined by "; ". */
	public String problems() {
		return describeProblems(checks);
	}

	static String describeProblems(List<Check> checks) {
		return checks.stream().filter(check -> !check.isPassed())
				.map(check -> check.name() + (check.isFailed() ? ": " : ": not checked: ") + check.reason())
				.collect(Collectors.joining("; "));
	}
}
