package org.vtpmconsole.protocol.ca;

/** Checks of message fields when a message is bound; the exception message is what the client is told. */
final class Fields {

	private Fields() {
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

	static String token(String value, String field, int maxLength) {
		required(value, field);
		if (value.isEmpty() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("field '" + field + "' must be 1 to " + maxLength
					+ " characters without control characters");
		}
		return value;
	}
}
