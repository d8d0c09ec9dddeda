package org.vtpmconsole.tpm.verify;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/** RSASSA-PKCS1-v1_5 with SHA-256 in plain JCE (TSS.Java's own check rejects the TPM's exponent 0). */
public final class SignatureVerifier {
	// DER DigestInfo prefix for SHA-256 (RFC 8017, 9.2 note 1)
	private static final byte[] SHA256_DIGEST_INFO = { 0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01,
			0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20 };

	private SignatureVerifier() {
	}

	/** Whether {@code signature} is a valid RSASSA-SHA256 signature over {@code data}. */
	public static boolean verifyData(RSAPublicKey key, byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(key);
			verifier.update(data);
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	/** Whether {@code signature} is a valid RSASSA-SHA256 signature for the 32-byte SHA-256 {@code digest}. */
	public static boolean verifyDigest(RSAPublicKey key, byte[] digest, byte[] signature) {
		if (digest.length != TpmHash.SHA256.digestLength())
			throw new IllegalArgumentException("digest must be 32 bytes (SHA-256), got " + digest.length);
		try {
			Signature verifier = Signature.getInstance("NONEwithRSA");
			verifier.initVerify(key);
			verifier.update(SHA256_DIGEST_INFO);
			verifier.update(digest);
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
