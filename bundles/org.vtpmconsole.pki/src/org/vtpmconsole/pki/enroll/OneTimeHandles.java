package org.vtpmconsole.pki.enroll;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vtpmconsole.pki.PkiException;

/**
 * Values the CA hands out under random 32-byte handles: single use, short-lived, in memory only (nothing outlives a
 * CA restart), and bounded, so a client asking without end cannot exhaust the CA's memory. Enrollment nonces and
 * pending activations are kept this way.
 */
final class OneTimeHandles<V> {

	static final int HANDLE_BYTES = 32;
	static final int MAX_OUTSTANDING = 10_000;

	/** A value, the moment it stops being accepted. */
	private record Entry<V>(V value, Instant expiresAt) {
	}

	/** A handle and its expiry, as the client is told. */
	record Issued(byte[] handle, Instant expiresAt) {
	}

	private final Clock clock;
	private final Duration lifetime;
	private final String what;
	private final SecureRandom random = new SecureRandom();
	private final Map<String, Entry<V>> outstanding = new LinkedHashMap<>();

	/** @param what what the handles are for, plural, for messages ("enrollment nonces") */
	OneTimeHandles(Clock clock, Duration lifetime, String what) {
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException(what + ": lifetime must be positive");
		}
		this.clock = clock;
		this.lifetime = lifetime;
		this.what = what;
	}

	synchronized Issued issue(V value) throws PkiException {
		Instant now = clock.instant();
		outstanding.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
		if (outstanding.size() >= MAX_OUTSTANDING) {
			throw new PkiException("too many " + what + " outstanding; try again in " + lifetime.toSeconds() + " s");
		}
		byte[] handle = new byte[HANDLE_BYTES];
		random.nextBytes(handle);
		Instant expiresAt = now.plus(lifetime);
		outstanding.put(HexFormat.of().formatHex(handle), new Entry<>(value, expiresAt));
		return new Issued(handle, expiresAt);
	}

	/** Uses the handle up, whatever the caller does next; refuses one never issued, expired or used before. */
	synchronized V take(byte[] handle, EnrollmentRefusal refusal) throws EnrollmentRefusedException {
		Entry<V> entry = outstanding.remove(HexFormat.of().formatHex(handle));
		if (entry == null) {
			throw new EnrollmentRefusedException(refusal, "the " + singular() + " was not issued by this CA or was"
					+ " already used (replay)");
		}
		if (!clock.instant().isBefore(entry.expiresAt())) {
			throw new EnrollmentRefusedException(refusal, "the " + singular() + " expired at " + entry.expiresAt());
		}
		return entry.value();
	}

	private String singular() {
		return what.endsWith("s") ? what.substring(0, what.length() - 1) : what;
	}
}
