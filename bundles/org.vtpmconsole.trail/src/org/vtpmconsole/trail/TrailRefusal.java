package org.vtpmconsole.trail;

/**
 * Why a trail does not verify, naming the first bad line where there is one ({@link #line()} 0 when the refusal
 * concerns the anchor or the certification rather than a line).
 */
public final class TrailRefusal extends Exception {
	private static final long serialVersionUID = 1L;

	private final long line;

	public TrailRefusal(long line, String message) {
		super(message);
		this.line = line;
	}

	public long line() {
		return line;
	}
}
