package org.vtpmconsole.trail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The one time format of the trail: ISO-8601 UTC with milliseconds, {@code 2026-11-22T10:15:30.123Z}, 24 characters. */
public final class TrailTime {
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
			.withZone(ZoneOffset.UTC);
	private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";

	private TrailTime() {
	}

	/** The text of an instant, cut to milliseconds. */
	public static String format(Instant time) {
		return FORMAT.format(time.truncatedTo(ChronoUnit.MILLIS));
	}

	/** Whether {@code text} is exactly this format and a real instant (no 25th hour, no February 30th). */
	public static boolean isValid(String text) {
		if (text.length() != SHAPE.length())
			return false;
		for (int i = 0; i < SHAPE.length(); i++) {
			char expected = SHAPE.charAt(i);
			char actual = text.charAt(i);
			if (expected == 'd' ? actual < '0' || actual > '9' : actual != expected)
				return false;
		}
		try {
			return format(Instant.parse(text)).equals(text);
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	static void check(String text) {
		if (!isValid(text))
			throw new IllegalArgumentException("time '" + text + "' is not ISO-8601 UTC with milliseconds");
	}
}
