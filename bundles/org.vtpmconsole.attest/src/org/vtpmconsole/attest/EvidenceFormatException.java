package org.vtpmconsole.attest;

/** Evidence, a request or a policy whose JSON is not the documented format; the message names the field. */
public final class EvidenceFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public EvidenceFormatException(String message) {
		super(message);
	}

	public EvidenceFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
