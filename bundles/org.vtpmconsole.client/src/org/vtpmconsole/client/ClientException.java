package org.vtpmconsole.client;

/** A connection could not do what was asked; the message is one line for people and holds no secret. */
public class ClientException extends Exception {

	private static final long serialVersionUID = 1L;

	public ClientException(String message) {
		super(message);
	}

	public ClientException(String message, Throwable cause) {
		super(message, cause);
	}
}
