package org.vtpmconsole.trail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reusable digests for one thread: replay makes four hashes per extend, and a fresh MessageDigest each time would
 * cost more than the hashing. Not thread-safe; each writer or verifier keeps its own.
 */
final class Hashing {
	private final MessageDigest sha1 = digest("SHA-1");
	private final MessageDigest sha256 = digest("SHA-256");

	MessageDigest of(Bank bank) {
		return bank == Bank.SHA1 ? sha1 : sha256;
	}

	/** The bank's extend: H(old ‖ H(data)). */
	byte[] extend(Bank bank, byte[] old, byte[] data) {
		MessageDigest md = of(bank);
		byte[] inner = md.digest(data);
		md.update(old);
		return md.digest(inner);
	}

	byte[] sha256(byte[] data) {
		return sha256.digest(data);
	}

	byte[] sha256(byte[] data, int offset, int length) {
		sha256.update(data, offset, length);
		return sha256.digest();
	}

	/** The anchor's step: SHA-256(fold ‖ SHA-256(line)), which is what TPM2_NV_Extend does with the line digest. */
	byte[] fold(byte[] fold, byte[] lineDigest) {
		sha256.update(fold);
		return sha256.digest(lineDigest);
	}

	static MessageDigest digest(String name) {
		try {
			return MessageDigest.getInstance(name);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(name + " is part of every Java runtime", e);
		}
	}
}
