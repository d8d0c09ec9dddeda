package org.vtpmconsole.pki;

/**
 * Result of checking the issuance log: every line signed by the root, numbered without gaps, chained to the
 * previous line's hash, and the last line matching the signed head.
 *
 * @param intact  whether all checks passed
 * @param entries how many lines were checked before the first problem (all of them when intact)
 * @param problem what is wrong and where, empty when intact
 */
public record LogVerification(boolean intact, long entries, String problem) {

	static LogVerification ok(long entries) {
		return new LogVerification(true, entries, "");
	}

	static LogVerification broken(long entries, String problem) {
		return new LogVerification(false, entries, problem);
	}
}
