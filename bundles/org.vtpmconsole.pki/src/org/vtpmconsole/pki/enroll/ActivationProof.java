package org.vtpmconsole.pki.enroll;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a host returns to show that its TPM activated the CA's credential: HMAC-SHA256 under the recovered secret
 * over a context string, the request id and the key's TPM name. The secret itself never goes back over the wire,
 * and a proof for one request or key does not fit another.
 */
public final class ActivationProof {

	/** The credential secret: 32 bytes fit MakeCredential (at most the EK nameAlg's digest, SHA-256 here). */
	public static final int SECRET_BYTES = 32;
	private static final byte[] CONTEXT = "vtpm-console activation proof v1\0".getBytes(StandardCharsets.US_ASCII);

	private ActivationProof() {
	}

	public static byte[] of(byte[] secret, byte[] requestId, byte[] keyName) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update(CONTEXT);
			mac.update(requestId);
			mac.update(keyName);
			return mac.doFinal();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java 17", e);
		}
	}

	/** Constant-time comparison with the proof the secret gives. */
	static boolean holds(byte[] proof, byte[] secret, byte[] requestId, byte[] keyName) {
		return proof != null && MessageDigest.isEqual(proof, of(secret, requestId, keyName));
	}
}
