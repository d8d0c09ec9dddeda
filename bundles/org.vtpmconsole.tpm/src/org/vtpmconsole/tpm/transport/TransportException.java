package org.vtpmconsole.tpm.transport;

/**
 * The TPM could not be reached or answered garbage. Unchecked because TSS.Java's device interface declares no
 * exceptions; the tpm bundle turns it into a TpmException at its API.
 */
public class TransportException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public TransportException(String message) {
		super(message);
	}

	public TransportException(String message, Throwable cause) {
		super(message, cause);
	}
}
