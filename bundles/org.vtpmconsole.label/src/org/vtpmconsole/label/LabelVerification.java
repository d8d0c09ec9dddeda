package org.vtpmconsole.label;

import java.util.List;
import java.util.stream.Collectors;

/** Every check made on one label. The label is valid when no check failed. */
public record LabelVerification(List<LabelCheck> checks) {

	public LabelVerification {
		checks = List.copyOf(checks);
	}

	public boolean valid() {
		return checks.stream().noneMatch(LabelCheck::failed);
	}

	public List<LabelCheck> failures() {
		return checks.stream().filter(LabelCheck::failed).toList();
	}

	public boolean failed(LabelCheck.Kind kind) {
		return failures().stream().anyMatch(check -> check.kind() == kind);
	}

	/** One line: "valid" or the failed checks' reasons. */
	public String summary() {
		return valid() ? "valid"
				: failures().stream().map(c -> c.kind().title() + ": " + c.reason()).collect(Collectors.joining("; "));
	}
}
