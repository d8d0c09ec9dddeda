package org.vtpmconsole.label;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The TPM hash algorithms a label can mention. Only SHA-256 and SHA-1 may be the label's digestAlg; TPM names
 * may use any of them because a name's algorithm is the key's nameAlg, chosen when the key was created.
 */
public enum HashAlgorithm {
	SHA1(0x0004, 20, "SHA-1", true),
	SHA256(0x000B, 32, "SHA-256", true),
	SHA384(0x000C, 48, "SHA-384", false),
	SHA512(0x000D, 64, "SHA-512", false);

	private final int algId;
	private final int digestLength;
	private final String jcaName;
	private final boolean labelDigest;

	HashAlgorithm(int algId, int digestLength, String jcaName, boolean labelDigest) {
		this.algId = algId;
		this.digestLength = digestLength;
		this.jcaName = jcaName;
		this.labelDigest = labelDigest;
	}

	/** TPM_ALG_ID. */
	public int algId() {
		return algId;
	}

	public int digestLength() {
		return digestLength;
	}

	/** The name {@link MessageDigest#getInstance(String)} knows it by. */
	public String jcaName() {
		return jcaName;
	}

	/** Whether a label may use it as digestAlg (for uuidHash and qemuDigest). */
	public boolean allowedAsLabelDigest() {
		return labelDigest;
	}

	public byte[] hash(byte[] data) {
		try {
			return MessageDigest.getInstance(jcaName).digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java 17 runtime has " + jcaName, e);
		}
	}

	/** The algorithm with this TPM_ALG_ID, or null. */
	public static HashAlgorithm ofAlgId(int algId) {
		for (HashAlgorithm alg : values()) {
			if (alg.algId == algId) {
				return alg;
			}
		}
		return null;
	}
}
