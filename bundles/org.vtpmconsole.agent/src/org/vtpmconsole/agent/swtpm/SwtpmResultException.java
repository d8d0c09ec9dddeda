package org.vtpmconsole.agent.swtpm;

import java.io.IOException;

/** swtpm answered a control command with a failure result; the channel is still in step. */
public final class SwtpmResultException extends IOException {
	private static final long serialVersionUID = 1L;

	private final int result;

	public SwtpmResultException(ControlCommand command, int result) {
		super(String.format("swtpm refused %s: TPM result 0x%x", command, result));
		this.result = result;
	}

	/** The TPM result code swtpm sent. */
	public int result() {
		return result;
	}
}
