package org.vtpmconsole.ca;

/** The CA's configuration file is missing, unreadable or wrong; the message names the key. */
public final class CaConfigException extends Exception {

	private static final long serialVersionUID = 1L;

	public CaConfigException(String message) {
		super(message);
	}
}
