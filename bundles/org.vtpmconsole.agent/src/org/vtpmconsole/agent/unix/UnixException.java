package org.vtpmconsole.agent.unix;

import java.io.IOException;

import com.sun.jna.LastErrorException;

/** A failed socket call, with the call, the errno and its text. */
public final class UnixException extends IOException {
	private static final long serialVersionUID = 1L;

	private final int errno;

	UnixException(String operation, LastErrorException cause) {
		super(operation + " failed: errno " + cause.getErrorCode() + " (" + describe(cause) + ")", cause);
		this.errno = cause.getErrorCode();
	}

	UnixException(String message) {
		super(message);
		this.errno = 0;
	}

	/** The errno of the failed call, 0 when the failure was not a system call's. */
	public int errno() {
		return errno;
	}

	private static String describe(LastErrorException cause) {
		// JNA's message is "[errno] strerror text"
		String message = cause.getMessage();
		int end = message == null ? -1 : message.indexOf(']');
		return end >= 0 ? message.substring(end + 1).trim() : String.valueOf(message);
	}
}
