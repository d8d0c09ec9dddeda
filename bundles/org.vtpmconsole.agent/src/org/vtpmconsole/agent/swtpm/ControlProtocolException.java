package org.vtpmconsole.agent.swtpm;

import java.io.IOException;

/** Bytes on a swtpm control channel that are not a request or response of the protocol. */
public final class ControlProtocolException extends IOException {
	private static final long serialVersionUID = 1L;

	public ControlProtocolException(String message) {
		super(message);
	}
}
