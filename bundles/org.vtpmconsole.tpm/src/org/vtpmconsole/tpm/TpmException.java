package org.vtpmconsole.tpm;

/** A TPM operation that failed; the message names the operation, the key and the TPM's response code. */
public class TpmException extends Exception {
	private static final long serialVersionUID = 1L;

	public TpmException(String message) {
		super(message);
	}

	public TpmException(String message, Throwable cause) {
		super(message, cause);
	}
}
