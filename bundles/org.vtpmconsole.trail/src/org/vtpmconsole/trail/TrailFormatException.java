package org.vtpmconsole.trail;

/** A log line that is not in the one format of docs/trail.md, with its line number (1-based) and the field. */
public final class TrailFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	private final long line;
	private final String field;

	public TrailFormatException(long line, String field, String reason) {
		super("line " + line + " is malformed: " + field + ": " + reason);
		this.line = line;
		this.field = field;
	}

	public long line() {
		return line;
	}

	public String field() {
		return field;
	}
}
