package org.vtpmconsole.trail;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
		// a real date and time of day, checked by hand: the verifier checks every line and a parse costs microseconds
		int year = number(text, 0, 4);
		int month = number(text, 5, 2);
		int day = number(text, 8, 2);
		return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
				&& number(text, 11, 2) < 24 && number(text, 14, 2) < 60 && number(text, 17, 2) < 60;
	}

	private static int number(String text, int offset, int digits) {
		int value = 0;
		for (int i = offset; i < offset + digits; i++)
			value = value * 10 + text.charAt(i) - '0';
		return value;
	}

	static void check(String text) {
		if (!isValid(text))
			throw new IllegalArgumentException("time '" + text + "' is not ISO-8601 UTC with milliseconds");
	}
}
