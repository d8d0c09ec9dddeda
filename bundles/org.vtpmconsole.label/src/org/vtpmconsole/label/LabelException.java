package org.vtpmconsole.label;

/** A label operation that was refused or failed; the label it was given is unchanged. */
public final class LabelException extends Exception {
	private static final long serialVersionUID = 1L;

	public LabelException(String message) {
		super(message);
	}

	public LabelException(String message, Throwable cause) {
		super(message, cause);
	}
}
