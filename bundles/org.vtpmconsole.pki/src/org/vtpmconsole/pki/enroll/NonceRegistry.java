package org.vtpmconsole.pki.enroll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.vtpmconsole.pki.PkiException;

/**
 * The CA's enrollment nonces: random, single use, short-lived. Kept in memory only: a nonce outlives neither its
 * lifetime nor a CA restart, so a host whose CA restarted simply asks for a new one. Bounded, so a client asking
 * for nonces without end cannot exhaust the CA's memory.
 */
public final class NonceRegistry {

	public static final int NONCE_BYTES = OneTimeHandles.HANDLE_BYTES;
	public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(2);

	/** A nonce and the moment it stops being accepted. */
	public record Nonce(byte[] value, Instant expiresAt) {
	}

	private final OneTimeHandles<Boolean> nonces;

	public NonceRegistry(Clock clock, Duration lifetime) {
		nonces = new OneTimeHandles<>(clock, lifetime, "enrollment nonces");
	}

	public Nonce issue() throws PkiException {
		OneTimeHandles.Issued issued = nonces.issue(Boolean.TRUE);
		return new Nonce(issued.handle(), issued.expiresAt());
	}

	/** Uses the nonce up; refuses one that was never issued, has expired or was used before. */
	public void consume(byte[] nonce) throws EnrollmentRefusedException {
		nonces.take(nonce, EnrollmentRefusal.NONCE);
	}
}
