package org.vtpmconsole.pki;

/** A fleet CA operation failed; the message says what and where, never a secret. */
public class PkiException extends Exception {

	private static final long serialVersionUID = 1L;

	public PkiException(String message) {
		super(message);
	}

	public PkiException(String message, Throwable cause) {
		super(message, cause);
	}
}
