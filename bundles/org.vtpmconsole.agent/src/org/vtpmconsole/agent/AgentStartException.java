package org.vtpmconsole.agent;

/** The agent cannot start with what its configuration names (TPM, identity, CRL, port); one line, no secret. */
public final class AgentStartException extends Exception {
	private static final long serialVersionUID = 1L;

	public AgentStartException(String message, Throwable cause) {
		super(message, cause);
	}

	public AgentStartException(String message) {
		super(message);
	}
}
