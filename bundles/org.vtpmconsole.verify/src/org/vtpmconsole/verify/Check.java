package org.vtpmconsole.verify;

/**
 * One check of one certificate: what was checked, how it came out and why, in words an administrator can act on.
 * Only {@link Outcome#PASSED} counts towards a valid verdict: "not checked" is never "passed".
 */
public record Check(String name, Outcome outcome, String reason) {

	public enum Outcome {
		PASSED, FAILED, NOT_CHECKED
	}

	public static Check passed(String name, String reason) {
		return new Check(name, Outcome.PASSED, reason);
	}

	public static Check failed(String name, String reason) {
		return new Check(name, Outcome.FAILED, reason);
	}

	public static Check notChecked(String name, String reason) {
		return new Check(name, Outcome.NOT_CHECKED, reason);
	}

	public boolean isFailed() {
		return outcome == Outcome.FAILED;
	}

	public boolean isPassed() {
		return outcome == Outcome.PASSED;
	}
}
