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
 * The CA's enrollment nonces: random, single use, short-lived. Kept in memory only: a nonce outlives neither its
 * lifetime nor a CA restart, so a host whose CA restarted simply asks for a new one. Bounded, so a client asking
 * for nonces without end cannot exhaust the CA's memory.
 */
public final class NonceRegistry {

	public static final int NONCE_BYTES = 32;
	public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(2);
	static final int MAX_OUTSTANDING = 10_000;

	/** A nonce and the moment it stops being accepted. */
	public record Nonce(byte[] value, Instant expiresAt) {
	}

	private final Clock clock;
	private final Duration lifetime;
	private final SecureRandom random = new SecureRandom();
	private final Map<String, Instant> outstanding = new LinkedHashMap<>();

	public NonceRegistry(Clock clock, Duration lifetime) {
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("nonce lifetime must be positive");
		}
		this.clock = clock;
		this.lifetime = lifetime;
	}

	public synchronized Nonce issue() throws PkiException {
		Instant now = clock.instant();
		outstanding.values().removeIf(expiry -> !now.isBefore(expiry));
		if (outstanding.size() >= MAX_OUTSTANDING) {
			throw new PkiException("too many enrollment nonces outstanding; try again in " + lifetime.toSeconds() + " s");
		}
		byte[] value = new byte[NONCE_BYTES];
		random.nextBytes(value);
		Instant expiresAt = now.plus(lifetime);
		outstanding.put(HexFormat.of().formatHex(value), expiresAt);
		return new Nonce(value, expiresAt);
	}

	/** Uses the nonce up; refuses one that was never issued, has expired or was used before. */
	public synchronized void consume(byte[] nonce) throws EnrollmentRefusedException {
		Instant expiry = outstanding.remove(HexFormat.of().formatHex(nonce));
		if (expiry == null) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.NONCE,
					"the nonce was not issued by this CA or was already used (replay)");
		}
		if (!clock.instant().isBefore(expiry)) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.NONCE, "the nonce expired at " + expiry);
		}
	}
}
