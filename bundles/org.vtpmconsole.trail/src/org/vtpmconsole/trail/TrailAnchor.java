package org.vtpmconsole.trail;

import java.nio.ByteBuffer;

import org.vtpmconsole.tpm.NvCertification;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * The host-TPM anchor of an agent's log (SPEC §8.1): one NV index of type extend (SHA-256) that each line's SHA-256
 * extends, so that it holds the fold of the log; certified by the AIK over a verifier's nonce.
 */
public final class TrailAnchor {
	/** TPMA_NV of the index as {@code TssHostTpm.nvDefineExtendIndex} defines it, once written. */
	static final int WRITTEN_ATTRIBUTES = 0x00000004 /* AUTHWRITE */ | 0x00000040 /* TPM_NT_EXTEND */
			| 0x00040000 /* AUTHREAD */ | 0x02000000 /* NO_DA */ | 0x20000000 /* WRITTEN */;
	private static final short SHA256_ALG = 0x000B;

	private final TssHostTpm tpm;
	private final int index;

	public TrailAnchor(TssHostTpm tpm, int index) {
		this.tpm = tpm;
		this.index = index;
	}

	public int index() {
		return index;
	}

	public void define() throws TpmException {
		tpm.nvDefineExtendIndex(index, TpmHash.SHA256);
	}

	/** Extends the index with one line's SHA-256 (what {@link TrailWriter.Appended#sha256()} returns). */
	public void extend(byte[] lineDigest) throws TpmException {
		if (lineDigest.length != TrailEvent.DIGEST_LENGTH)
			throw new IllegalArgumentException("the anchor is extended with a line's 32-byte SHA-256");
		tpm.nvExtend(index, lineDigest);
	}

	public byte[] value() throws TpmException {
		return tpm.nvRead(index);
	}

	/** TPM2_NV_Certify of the index by the AIK over the verifier's nonce. */
	public NvCertification certify(byte[] nonce) throws TpmException {
		return tpm.nvCertify(index, nonce);
	}

	/**
	 * The TPM name a verifier expects for the written anchor index: SHA-256 nameAlg and the digest of its
	 * TPMS_NV_PUBLIC (index, nameAlg, attributes with TPM_NT_EXTEND, empty policy, 32 bytes). Another index (an
	 * ordinary one anybody could write any value into) has another name.
	 */
	public static byte[] indexName(int index) {
		ByteBuffer nvPublic = ByteBuffer.allocate(14).putInt(index).putShort(SHA256_ALG).putInt(WRITTEN_ATTRIBUTES)
				.putShort((short) 0).putShort((short) TrailEvent.DIGEST_LENGTH);
		byte[] digest = new Hashing().sha256(nvPublic.array());
		return ByteBuffer.allocate(2 + digest.length).putShort(SHA256_ALG).put(digest).array();
	}
}
