package org.vtpmconsole.tpm.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The TPM hash algorithms used by PCR banks, names and signatures, with their TPM_ALG_ID. */
public enum TpmHash {
	SHA1(0x0004, "SHA-1", 20), SHA256(0x000B, "SHA-256", 32), SHA384(0x000C, "SHA-384", 48),
	SHA512(0x000D, "SHA-512", 64);

	private final int algId;
	private final String jceName;
	private final int digestLength;

	TpmHash(int algId, String jceName, int digestLength) {
		this.algId = algId;
		this.jceName = jceName;
		this.digestLength = digestLength;
	}

	/** The TPM_ALG_ID. */
	public int algId() {
		return algId;
	}

	public String jceName() {
		return jceName;
	}

	public int digestLength() {
		return digestLength;
	}

	/** The digest of the concatenation of the parts. */
	public byte[] digest(byte[]... parts) {
		MessageDigest md = newDigest();
		for (byte[] part : parts)
			md.update(part);
		return md.digest();
	}

	/** A TPM extend: H(old ‖ data). */
	public byte[] extend(byte[] old, byte[] data) {
		return digest(old, data);
	}

	MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance(jceName);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(jceName + " is part of every Java runtime", e);
		}
	}

	/** The hash for a TPM_ALG_ID; an unknown one is an IllegalArgumentException naming it. */
	public static TpmHash fromAlgId(int algId) {
		for (TpmHash hash : values())
			if (hash.algId == algId)
				return hash;
		throw new IllegalArgumentException(String.format("unsupported hash algorithm TPM_ALG_ID 0x%04x", algId));
	}

	/** Parses "sha1", "SHA-256", "sha256" and the like (as in CLI PCR selections). */
	public static TpmHash parse(String text) {
		String normalized = text.trim().toUpperCase().replace("-", "");
		for (TpmHash hash : values())
			if (hash.name().equals(normalized))
				return hash;
		throw new IllegalArgumentException("unknown hash algorithm '" + text + "'; expected sha1, sha256, sha384 or sha512");
	}
}
