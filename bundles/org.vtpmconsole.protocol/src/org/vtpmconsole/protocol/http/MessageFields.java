package org.vtpmconsole.protocol.http;

/**
 * Checks of message fields, run by the message records' constructors when {@link Json} binds a body: the exception
 * message is what the client is told ({@code 400 invalid_body}).
 */
public final class MessageFields {

	private MessageFields() {
	}

	public static <T> T required(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

	public static String token(String value, String field, int maxLength) {
		required(value, field);
		if (value.isEmpty() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("field '" + field + "' must be 1 to " + maxLength
					+ " characters without control characters");
		}
		return value;
	}
}
