package org.vtpmconsole.label;

import static org.vtpmconsole.label.LabelFormatException.Kind.*;

/**
 * What a v1 label field may hold. Decoding and encoding both go through these checks, so the encoder cannot
 * produce a label the decoder refuses.
 */
final class LabelRules {
	static final int MAX_LABEL_SIZE = 4096;
	/** The secret and the signature are RSA blocks: modulus-sized, RSA-1024 up to RSA-4096. */
	static final int MIN_RSA_BLOCK = 128;
	static final int MAX_RSA_BLOCK = 512;
	static final int SIG_SCHEME_RSASSA = 0x0014;
	static final int SIG_HASH_SHA256 = 0x000B;
	private static final int NAME_ALG_SIZE = 2;

	private LabelRules() {
	}

	static void labelSize(int size) throws LabelFormatException {
		if (size > MAX_LABEL_SIZE) {
			throw new LabelFormatException(TOO_LARGE, "label", 0,
					size + " bytes exceed the maximum label size of " + MAX_LABEL_SIZE + " bytes");
		}
	}

	static void time(String field, int offset, long millis) throws LabelFormatException {
		if (millis < 0) {
			throw new LabelFormatException(TIME_OUT_OF_RANGE, field, offset, Long.toUnsignedString(millis)
					+ " is outside 0..2^63-1 ms since 1970");
		}
	}

	static void validity(int notAfterOffset, long notBefore, long notAfter) throws LabelFormatException {
		if (notBefore > notAfter) {
			throw new LabelFormatException(VALIDITY_ORDER, "notAfter", notAfterOffset,
					notAfter + " is before notBefore " + notBefore);
		}
	}

	static void rsaBlock(String field, int offset, int size) throws LabelFormatException {
		if (size < MIN_RSA_BLOCK || size > MAX_RSA_BLOCK) {
			throw new LabelFormatException(IMPLAUSIBLE_SIZE, field, offset, "size " + size
					+ " is not an RSA block of RSA-1024 to RSA-4096 (" + MIN_RSA_BLOCK + ".." + MAX_RSA_BLOCK + " bytes)");
		}
	}

	static HashAlgorithm digestAlg(int offset, int algId) throws LabelFormatException {
		HashAlgorithm alg = HashAlgorithm.ofAlgId(algId);
		if (alg == null || !alg.allowedAsLabelDigest()) {
			throw new LabelFormatException(UNKNOWN_ALGORITHM, "digestAlg", offset,
					"algorithm " + hex16(algId) + " is not SHA-256 (0x000b) or SHA-1 (0x0004)");
		}
		return alg;
	}

	static void digest(String field, int offset, HashAlgorithm alg, int length) throws LabelFormatException {
		if (length != alg.digestLength()) {
			throw new LabelFormatException(DIGEST_LENGTH, field, offset,
					"size " + length + " is not the " + alg.digestLength() + "-byte length of a " + alg.jcaName() + " digest");
		}
	}

	static void name(String field, int offset, byte[] name) throws LabelFormatException {
		if (name.length < NAME_ALG_SIZE) {
			throw new LabelFormatException(NAME_LENGTH, field, offset,
					"size " + name.length + " is too short for a TPM name (nameAlg and digest)");
		}
		int algId = (name[0] & 0xff) << 8 | name[1] & 0xff;
		HashAlgorithm alg = HashAlgorithm.ofAlgId(algId);
		if (alg == null) {
			throw new LabelFormatException(UNKNOWN_ALGORITHM, field, offset,
					"TPM name with unknown nameAlg " + hex16(algId));
		}
		if (name.length != NAME_ALG_SIZE + alg.digestLength()) {
			throw new LabelFormatException(NAME_LENGTH, field, offset, "size " + name.length + " is not the "
					+ (NAME_ALG_SIZE + alg.digestLength()) + " bytes of a TPM name with nameAlg " + alg.jcaName());
		}
	}

	static void sigScheme(int offset, int algId) throws LabelFormatException {
		if (algId != SIG_SCHEME_RSASSA) {
			throw new LabelFormatException(UNKNOWN_ALGORITHM, "sigScheme", offset,
					"scheme " + hex16(algId) + " is not RSASSA (0x0014)");
		}
	}

	static void sigHash(int offset, int algId) throws LabelFormatException {
		if (algId != SIG_HASH_SHA256) {
			throw new LabelFormatException(UNKNOWN_ALGORITHM, "sigHash", offset,
					"hash " + hex16(algId) + " is not SHA-256 (0x000b)");
		}
	}

	static String hex16(int value) {
		return String.format("0x%04x", value);
	}
}
