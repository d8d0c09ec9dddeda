package org.vtpmconsole.client;

/** Where a connection stands, as the explorer shows it. */
public enum ConnectionState {
	/** Never tried since the console started. */
	UNKNOWN,
	/** A connect or a call is under way. */
	CONNECTING,
	/** The last call succeeded and was recent enough. */
	CONNECTED,
	/** The last call succeeded, but longer ago than the stale threshold. */
	STALE,
	/** The last attempt failed; {@link Connection#failureReason()} says why. */
	FAILED
}
