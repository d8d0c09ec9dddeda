package org.vtpmconsole.tpm.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * TPM2_MakeCredential in software (TPM 2.0 Part 1, 24), for a CA that has no TPM: given the EK's public area and the
 * name of the key to be certified, it wraps a secret that only that TPM recovers, and only while that key is loaded.
 */
public final class CredentialMaker {
	private static final int TPM_ALG_AES = 0x0006;
	private static final int TPM_ALG_CFB = 0x0043;

	private final SecureRandom random;

	public CredentialMaker(SecureRandom random) {
		this.random = random;
	}

	/**
	 * @param ekPublicArea the EK's TPMT_PUBLIC (RSA storage key with AES-CFB symmetric, e.g. the TCG default EK)
	 * @param objectName the TPM name of the key the credential is bound to
	 * @param secret the credential (at most the digest length of the EK's nameAlg)
	 */
	public Credential make(byte[] ekPublicArea, byte[] objectName, byte[] secret) throws VerificationException {
		TpmPublicArea ek = TpmPublicArea.parse(ekPublicArea);
		if (!ek.hasAttributes(TpmPublicArea.RESTRICTED | TpmPublicArea.DECRYPT))
			throw new VerificationException("the EK public area is not a restricted decryption key");
		if (ek.symmetricAlg() != TPM_ALG_AES || ek.symmetricMode() != TPM_ALG_CFB)
			throw new VerificationException("the EK's symmetric algorithm is not AES-CFB");
		TpmHash nameAlg = ek.nameAlg();
		if (secret.length == 0 || secret.length > nameAlg.digestLength())
			throw new VerificationException("credential must be 1 to " + nameAlg.digestLength() + " bytes, got "
					+ secret.length);
		byte[] seed = new byte[nameAlg.digestLength()];
		random.nextBytes(seed);
		try {
			byte[] symKey = Kdfa.derive(nameAlg, seed, "STORAGE", objectName, new byte[0], ek.symmetricKeyBits());
			byte[] encIdentity = aesCfb(symKey, sized(secret));
			byte[] hmacKey = Kdfa.derive(nameAlg, seed, "INTEGRITY", new byte[0], new byte[0], nameAlg.digestLength() * 8);
			byte[] integrityHmac = Kdfa.hmac(nameAlg, hmacKey, encIdentity, objectName);
			ByteArrayOutputStream blob = new ByteArrayOutputStream();
			blob.writeBytes(sized(integrityHmac));
			blob.writeBytes(encIdentity);
			return new Credential(blob.toByteArray(), oaepEncrypt(ek, seed));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("JCE lacks RSA-OAEP, AES-CFB or HMAC", e);
		}
	}

	private static byte[] sized(byte[] bytes) {
		return ByteBuffer.allocate(2 + bytes.length).putShort((short) bytes.length).put(bytes).array();
	}

	private static byte[] aesCfb(byte[] key, byte[] plain) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/CFB/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
		return cipher.doFinal(plain);
	}

	private static byte[] oaepEncrypt(TpmPublicArea ek, byte[] seed) throws GeneralSecurityException {
		String hash = ek.nameAlg().jceName();
		// the label includes its terminating zero byte (Part 1, B.10.4)
		byte[] label = "IDENTITY\0".getBytes(StandardCharsets.US_ASCII);
		Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
		cipher.init(Cipher.ENCRYPT_MODE, ek.rsaPublicKey(),
				new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), new PSource.PSpecified(label)));
		return cipher.doFinal(seed);
	}
}
