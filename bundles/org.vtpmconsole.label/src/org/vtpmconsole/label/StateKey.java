package org.vtpmconsole.label;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;

/**
 * A vTPM's 32-byte AES-256 state key, held only in memory. Closing it overwrites the bytes; it never prints
 * itself. Its {@link #checkValue() check value} identifies the key without revealing it, so a vTPM can record
 * which key it was encrypted with and a label can be matched to its vTPM.
 */
public final class StateKey implements AutoCloseable {
	public static final int LENGTH = 32;
	private static final byte[] CHECK_VALUE_CONTEXT = "vtpm-console state key check value v1"
			.getBytes(StandardCharsets.US_ASCII);

	private final byte[] key;
	private boolean closed;

	private StateKey(byte[] key) {
		this.key = key;
	}

	public static StateKey generate(SecureRandom random) {
		byte[] key = new byte[LENGTH];
		random.nextBytes(key);
		return new StateKey(key);
	}

	/** Takes ownership of the array: the caller must not keep it. */
	static StateKey adopt(byte[] key) {
		if (key.length != LENGTH) {
			Arrays.fill(key, (byte) 0);
			throw new IllegalArgumentException("a state key has " + LENGTH + " bytes, got " + key.length);
		}
		return new StateKey(key);
	}

	/** A copy of the key for one use (e.g. to feed swtpm's --key fd); wipe it after use. */
	public synchronized byte[] bytes() {
		if (closed) {
			throw new IllegalStateException("state key already wiped");
		}
		return key.clone();
	}

	/** HMAC-SHA256(key, fixed context): equal for equal keys, tells nothing about the key. */
	public synchronized byte[] checkValue() {
		if (closed) {
			throw new IllegalStateException("state key already wiped");
		}
		Mac mac = null;
		try {
			mac = Mac.getInstance("HmacSHA256");
			// a SecretKeySpec would keep its own copy of the key until garbage collection; this one hands out a
			// copy that the Mac wipes after deriving its pads
			mac.init(new OneUseKey(key));
			return mac.doFinal(CHECK_VALUE_CONTEXT);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has HmacSHA256", e);
		} finally {
			wipePads(mac);
		}
	}

	/** The Mac's inner and outer pads are the key XOR a constant: re-keying with zeros overwrites them in place. */
	private static void wipePads(Mac mac) {
		if (mac == null)
			return;
		try {
			mac.init(new OneUseKey(new byte[LENGTH]));
		} catch (GeneralSecurityException e) {
			// the first init succeeded with the same kind of key; nothing else to do
		}
	}

	/** A raw HMAC key whose every {@link #getEncoded()} is a fresh copy (JCE's HMAC wipes the copy it gets). */
	private record OneUseKey(byte[] key) implements javax.crypto.SecretKey {
		@Override
		public String getAlgorithm() {
			return "HmacSHA256";
		}

		@Override
		public String getFormat() {
			return "RAW";
		}

		@Override
		public byte[] getEncoded() {
			return key.clone();
		}

		@Override
		public String toString() {
			return "OneUseKey[not shown]";
		}
	}

	public boolean matches(byte[] expectedCheckValue) {
		return MessageDigest.isEqual(checkValue(), expectedCheckValue);
	}

	@Override
	public synchronized void close() {
		Arrays.fill(key, (byte) 0);
		closed = true;
	}

	@Override
	public String toString() {
		return "StateKey[" + (closed ? "wiped" : "32 bytes, not shown") + "]";
	}
}
