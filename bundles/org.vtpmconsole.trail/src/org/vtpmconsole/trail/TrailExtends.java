package org.vtpmconsole.trail;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The extends of each event kind, with SPEC §8.1's data conventions, so that the agent only supplies the facts: 24
 * and 28 the time text, 25 and 29 the UID text (UTF-8), 26 and 30 the SHA-256 of the plaintext vTPM state, 31 the
 * SHA-256 of the VM state descriptor or of an application event's bytes, 27 an application event's bytes as they are.
 */
public final class TrailExtends {
	private static final int DIGEST = 32;

	private TrailExtends() {
	}

	/** A snapshot's 24-26 (24-27 were reset before them). */
	public static List<Extend> snapshot(String time, String user, byte[] stateDigest) {
		TrailTime.check(time);
		return List.of(new Extend(24, utf8(time)), new Extend(25, utf8(user)), new Extend(26, digest(stateDigest, "vTPM state")));
	}

	/** A rollback's 28-31: when, by whom, the vTPM state and the VM state descriptor just before the rollback. */
	public static List<Extend> rollback(String time, String user, byte[] stateDigestBefore, byte[] descriptorDigestBefore) {
		TrailTime.check(time);
		return List.of(new Extend(28, utf8(time)), new Extend(29, utf8(user)),
				new Extend(30, digest(stateDigestBefore, "vTPM state")),
				new Extend(31, digest(descriptorDigestBefore, "VM state descriptor")));
	}

	/** An application event on 27 (reset by the next snapshot): the event's bytes themselves. */
	public static List<Extend> appEventOn27(byte[] event) {
		return List.of(new Extend(27, event));
	}

	/** An application event on 31 (never reset): the SHA-256 of the event's bytes. */
	public static List<Extend> appEventOn31(byte[] event) {
		return List.of(new Extend(31, new Hashing().sha256(event)));
	}

	private static byte[] utf8(String text) {
		if (text.isEmpty())
			throw new IllegalArgumentException("empty extend text");
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] digest(byte[] digest, String what) {
		if (digest.length != DIGEST)
			throw new IllegalArgumentException("the " + what + " digest is a 32-byte SHA-256, not " + digest.length + " bytes");
		return digest;
	}
}
