package org.vtpmconsole.trail;

/** The event types of SPEC §8.1, with the token a log line carries in {@code type}. */
public enum EventType {
	CREATED("created"), SNAPSHOT("snapshot"), ROLLBACK("rollback"), APP_EVENT("app_event"),
	MIGRATED_OUT("migrated_out"), MIGRATED_IN("migrated_in"), RECOVERED("recovered");

	private final String token;

	EventType(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}

	/** Snapshots and rollbacks name a snapshot; no other event does. */
	public boolean namesSnapshot() {
		return this == SNAPSHOT || this == ROLLBACK;
	}

	/** The type for a token, or null for an unknown one (the parser names the field). */
	static EventType ofToken(String token) {
		for (EventType type : values())
			if (type.token.equals(token))
				return type;
		return null;
	}
}
