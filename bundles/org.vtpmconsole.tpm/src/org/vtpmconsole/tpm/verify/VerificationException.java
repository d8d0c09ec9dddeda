package org.vtpmconsole.tpm.verify;

/** Evidence that does not verify; the message says which check failed. */
public class VerificationException extends Exception {
	private static final long serialVersionUID = 1L;

	public VerificationException(String message) {
		super(message);
	}

	public VerificationException(String message, Throwable cause) {
		super(message, cause);
	}
}
