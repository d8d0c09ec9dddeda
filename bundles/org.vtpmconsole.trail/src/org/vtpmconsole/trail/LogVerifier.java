package org.vtpmconsole.trail;

import java.time.Instant;

import org.vtpmconsole.verify.CertificateTrust;

/**
 * Verifies an agent's whole log against its anchor (SPEC §8.1): every line (format, prev chain, seq, replayed
 * registers), then the certification of the fold by the host's AIK over the verifier's nonce.
 */
public final class LogVerifier {
	private LogVerifier() {
	}

	/** The checked log (fold, replayed registers per VM); a refusal names the first bad line and why. */
	public static TrailLogChecker verify(byte[] log, AnchorEvidence anchor, byte[] nonce, CertificateTrust trust,
			Instant now) throws TrailRefusal {
		TrailLogChecker checker = TrailLog.check(log);
		AnchorVerifier.verify(anchor, nonce, checker.fold(), checker.lineCount(), trust, now);
		return checker;
	}
}
