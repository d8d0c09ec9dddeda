package org.vtpmconsole.trail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A whole log file's bytes: lines each ending in a newline (LF), checked in order by a {@link TrailLogChecker}. */
public final class TrailLog {
	private TrailLog() {
	}

	@FunctionalInterface
	private interface LineConsumer {
		void line(byte[] content, int offset, int length) throws TrailRefusal;
	}

	/** Checks every line; the checker returned holds the fold and the replayed registers. */
	public static TrailLogChecker check(byte[] content) throws TrailRefusal {
		TrailLogChecker checker = new TrailLogChecker();
		forEachLine(content, checker::line);
		return checker;
	}

	/** The lines' bytes without their newlines; an unterminated last line is refused. */
	public static List<byte[]> lines(byte[] content) throws TrailRefusal {
		List<byte[]> lines = new ArrayList<>();
		forEachLine(content, (buffer, offset, length) -> lines.add(Arrays.copyOfRange(buffer, offset, offset + length)));
		return lines;
	}

	private static void forEachLine(byte[] content, LineConsumer consumer) throws TrailRefusal {
		int start = 0;
		long count = 0;
		for (int i = 0; i < content.length; i++) {
			if (content[i] == '\n') {
				consumer.line(content, start, i - start);
				count++;
				start = i + 1;
			}
		}
		if (start != content.length)
			throw new TrailRefusal(count + 1, "line " + (count + 1) + " is not terminated by a newline (a torn write or a cut)");
	}
}
