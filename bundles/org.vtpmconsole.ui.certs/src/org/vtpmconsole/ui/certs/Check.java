package org.vtpmconsole.ui.certs;

/** One check of one certificate: what was checked, how it came out and why, in words an administrator can act on. */
public record Check(String name, Outcome outcome, String reason) {

	public enum Outcome {
		PASSED, FAILED, NOT_CHECKED
	}

	static Check passed(String name, String reason) {
		return new Check(name, Outcome.PASSED, reason);
	}

	static Check failed(String name, String reason) {
		return new Check(name, Outcome.FAILED, reason);
	}

	static Check notChecked(String name, String reason) {
		return new Check(name, Outcome.NOT_CHECKED, reason);
	}

	public boolean isFailed() {
		return outcome == Outcome.FAILED;
	}
}
