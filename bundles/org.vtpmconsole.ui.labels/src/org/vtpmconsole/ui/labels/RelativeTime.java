package org.vtpmconsole.ui.labels;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;

/** "in 3 days", "5 hours ago": how far a label's date is from now, in words. */
final class RelativeTime {

	private RelativeTime() {
	}

	static String of(Instant time, Instant now) {
		Duration between = Duration.between(now, time);
		long days = Math.abs(between.toDays());
		String amount = days > 0 ? days(days) : NLS.bind(Messages.Hours, Math.abs(between.toHours()));
		return NLS.bind(between.isNegative() ? Messages.Ago : Messages.In, amount);
	}

	static String days(long days) {
		return NLS.bind(days == 1 ? Messages.OneDay : Messages.Days, days);
	}
}
