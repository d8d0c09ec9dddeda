package org.vtpmconsole.label;

/** One check of a label and its outcome; {@code reason} says why, in words an administrator can act on. */
public record LabelCheck(Kind kind, Outcome outcome, String reason) {

	/** In SPEC §5 order: the label's own integrity first, then what it binds. */
	public enum Kind {
		SIGNER("signer"), SIGNATURE("signature"), VALIDITY("validity"), QEMU("QEMU binary"), UUID("VM UUID"),
		STATE_KEY("state key");

		private final String title;

		Kind(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	public enum Outcome {
		PASSED, FAILED, NOT_CHECKED
	}

	static LabelCheck passed(Kind kind, String reason) {
		return new LabelCheck(kind, Outcome.PASSED, reason);
	}

	static LabelCheck failed(Kind kind, String reason) {
		return new LabelCheck(kind, Outcome.FAILED, reason);
	}

	static LabelCheck notChecked(Kind kind, String reason) {
		return new LabelCheck(kind, Outcome.NOT_CHECKED, reason);
	}

	public boolean failed() {
		return outcome == Outcome.FAILED;
	}

	@Override
	public String toString() {
		return String.format("%-11s %-11s %s", kind.title(), outcome, reason);
	}
}
