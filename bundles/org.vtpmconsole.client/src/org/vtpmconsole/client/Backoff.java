package org.vtpmconsole.client;

import java.time.Duration;

/**
 * Reconnect delays: doubling from {@code first} up to {@code ceiling}, for at most {@code attempts} tries; after
 * that the connection stays failed until the user refreshes, so a dead host is not hammered forever.
 */
public record Backoff(Duration first, Duration ceiling, int attempts) {

	public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 10);

	/** The delay before retry number {@code retry} (0 = the first retry), or null when there is none left. */
	public Duration delay(int retry) {
		if (retry >= attempts) {
			return null;
		}
		Duration delay = first.multipliedBy(1L << Math.min(retry, 30));
		return delay.compareTo(ceiling) > 0 || delay.isNegative() ? ceiling : delay;
	}
}
