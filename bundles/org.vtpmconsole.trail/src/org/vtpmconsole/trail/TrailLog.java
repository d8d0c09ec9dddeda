package org.vtpmconsole.trail;

import java.util.ArrayList;
import java.util.List;

/** A whole log file's bytes: lines each ending in a newline (LF), checked in order by a {@link TrailLogChecker}. */
public final class TrailLog {
	private TrailLog() {
	}

	/** Checks every line; the checker returned holds the fold and the replayed registers. */
	public static TrailLogChecker check(byte[] content) throws TrailRefusal {
		TrailLogChecker checker = new TrailLogChecker();
		int start = 0;
		for (int i = 0; i < content.length; i++) {
			if (content[i] == '\n') {
				checker.line(content, start, i - start);
				start = i + 1;
			}
		}
		if (start != content.length)
			throw new TrailRefusal(checker.lineCount() + 1, "line " + (checker.lineCount() + 1)
					+ " is not terminated by a newline (a torn write or a cut)");
		return checker;
	}

	/** The lines' bytes without their newlines; an unterminated last line is refused. */
	public static List<byte[]> lines(byte[] content) throws TrailRefusal {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < content.length; i++) {
			if (content[i] == '\n') {
				lines.add(java.util.Arrays.copyOfRange(content, start, i));
				start = i + 1;
			}
		}
		if (start != content.length)
			throw new TrailRefusal(lines.size() + 1, "line " + (lines.size() + 1)
					+ " is not terminated by a newline (a torn write or a cut)");
		return lines;
	}
}
