package org.vtpmconsole.agent.gateway;

/** A QEMU process the gateway will not serve, with the reason's kind and words an administrator can act on. */
public final class Refusal extends Exception {
	private static final long serialVersionUID = 1L;

	private final RefusalReason reason;

	public Refusal(RefusalReason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Refusal(RefusalReason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public RefusalReason reason() {
		return reason;
	}

	@Override
	public String toString() {
		return reason + ": " + getMessage();
	}
}
