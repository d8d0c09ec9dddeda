package org.vtpmconsole.agent.config;

/** A configuration file that cannot be used; the message is one line that names the file and the key. */
public final class AgentConfigException extends Exception {
	private static final long serialVersionUID = 1L;

	public AgentConfigException(String message) {
		super(message);
	}
}
