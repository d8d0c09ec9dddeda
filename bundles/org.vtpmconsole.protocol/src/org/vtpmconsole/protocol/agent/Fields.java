package org.vtpmconsole.protocol.agent;

/** Checks of agent message fields when a message is bound; the exception message is what the client is told. */
final class Fields {

	private Fields() {
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}
}
