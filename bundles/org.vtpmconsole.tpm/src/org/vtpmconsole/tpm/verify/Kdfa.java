package org.vtpmconsole.tpm.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * KDFa, SP 800-108 counter mode with HMAC (TPM 2.0 Part 1, 11.4.10.2): credential keys, session keys and
 * parameter-encryption keys all come from it.
 */
public final class Kdfa {
	private Kdfa() {
	}

	public static byte[] derive(TpmHash hash, byte[] key, String label, byte[] contextU, byte[] contextV, int bits) {
		int bytes = (bits + 7) / 8;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] labelBytes = (label + "\0").getBytes(StandardCharsets.US_ASCII);
		for (int counter = 1; out.size() < bytes; counter++)
			out.writeBytes(hmac(hash, key, ByteBuffer.allocate(4).putInt(counter).array(), labelBytes, contextU,
					contextV, ByteBuffer.allocate(4).putInt(bits).array()));
		byte[] all = out.toByteArray();
		try {
			return Arrays.copyOf(all, bytes);
		} finally {
			// the derived bytes are keys: no second copy left behind
			Arrays.fill(all, (byte) 0);
		}
	}

	/** HMAC with the TPM hash over the concatenation of the parts. */
	public static byte[] hmac(TpmHash hash, byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("Hmac" + hash.jceName().replace("-", ""));
			// an empty HMAC key is legal in the TPM (empty authValue, unsalted session); SecretKeySpec refuses it
			mac.init(key.length == 0 ? new EmptyKey(mac.getAlgorithm()) : new SecretKeySpec(key, mac.getAlgorithm()));
			for (byte[] part : parts)
				mac.update(part);
			return mac.doFinal();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has HMAC-" + hash.jceName(), e);
		}
	}

	/** A zero-length HMAC key, which SecretKeySpec cannot express. */
	private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
		@Override
		public String getFormat() {
			return "RAW";
		}

		@Override
		public byte[] getEncoded() {
			return new byte[0];
		}
	}
}
