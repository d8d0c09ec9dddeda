package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vtpmconsole.testing.ProvisionedTpmExtension;
import org.vtpmconsole.tpm.verify.SignatureVerifier;

@ExtendWith(ProvisionedTpmExtension.class)
class KeyOperationsTest {
	private final SecureRandom random = new SecureRandom();

	@Test
	void signaturesVerifyInJceAndBouncyCastle(TssHostTpm tpm) throws Exception {
		byte[] message = "label bytes".getBytes();
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
		for (KeyRole role : new KeyRole[] { KeyRole.RSA_LOCAL, KeyRole.RSA_MIG, KeyRole.VMEK }) {
			byte[] signature = tpm.signSha256(role, digest);
			Signature jce = Signature.getInstance("SHA256withRSA");
			jce.initVerify(tpm.publicKey(role));
			jce.update(message);
			assertTrue(jce.verify(signature), "JCE verifies " + role);
			RSADigestSigner bc = new RSADigestSigner(new SHA256Digest());
			bc.init(false, new RSAKeyParameters(false, tpm.publicKey(role).getModulus(),
					tpm.publicKey(role).getPublicExponent()));
			bc.update(message, 0, message.length);
			assertTrue(bc.verifySignature(signature), "BC verifies " + role);
			assertTrue(SignatureVerifier.verifyDigest(tpm.publicKey(role), digest, signature));
			digest[0] ^= 1;
			assertTrue(!SignatureVerifier.verifyDigest(tpm.publicKey(role), digest, signature), "tampered digest");
			digest[0] ^= 1;
		}
	}

	@Test
	void oaepCiphertextFromJceDecryptsInTheTpm(TssHostTpm tpm) throws Exception {
		for (KeyRole role : new KeyRole[] { KeyRole.RSA_LOCAL, KeyRole.RSA_MIG }) {
			byte[] stateKey = new byte[32];
			random.nextBytes(stateKey);
			Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
			cipher.init(Cipher.ENCRYPT_MODE, tpm.publicKey(role), new OAEPParameterSpec("SHA-256", "MGF1",
					MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
			assertArrayEquals(stateKey, tpm.decryptOaepSha256(role, cipher.doFinal(stateKey)), role.name());
		}
	}

	@Test
	void aCiphertextForAnotherKeyIsRefusedByTheTpm(TssHostTpm tpm) throws Exception {
		Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
		cipher.init(Cipher.ENCRYPT_MODE, tpm.publicKey(KeyRole.RSA_LOCAL), new OAEPParameterSpec("SHA-256", "MGF1",
				MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
		byte[] ciphertext = cipher.doFinal(new byte[32]);
		TpmCommandException refused = assertThrows(TpmCommandException.class,
				() -> tpm.decryptOaepSha256(KeyRole.RSA_MIG, ciphertext));
		assertTrue(refused.getMessage().startsWith("RSA_Decrypt with RSA_MIG at 0x81000112 failed on swtpm"),
				refused.getMessage());
	}

	@Test
	void badInputIsRefusedWithAClearMessage(TssHostTpm tpm) {
		assertMessage("digest must be 32 bytes (SHA-256), got 20", () -> tpm.signSha256(KeyRole.RSA_LOCAL, new byte[20]));
		assertMessage("digest must be 32 bytes (SHA-256), got none", () -> tpm.signSha256(KeyRole.RSA_LOCAL, null));
		assertMessage("ciphertext must be 256 bytes for an RSA-2048 key, got 255",
				() -> tpm.decryptOaepSha256(KeyRole.RSA_LOCAL, new byte[255]));
		assertMessage("AIK cannot sign a digest: it is a restricted key", () -> tpm.signSha256(KeyRole.AIK, new byte[32]));
		assertMessage("EK cannot sign a digest: it is a decryption key", () -> tpm.signSha256(KeyRole.EK, new byte[32]));
		assertMessage("VMEK cannot decrypt: it is a signing key", () -> tpm.decryptOaepSha256(KeyRole.VMEK, new byte[256]));
		assertMessage("SRK cannot decrypt: it is a restricted storage key",
				() -> tpm.decryptOaepSha256(KeyRole.SRK, new byte[256]));
		assertMessage("no key role given", () -> tpm.signSha256(null, new byte[32]));
		assertMessage("no key role given", () -> tpm.publicKey(null));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> KeyRole.parse("RSA_FOO"));
		assertEquals("unknown key role 'RSA_FOO'; expected one of [SRK, RSA_LOCAL, RSA_MIG, AIK, EK, VMEK]",
				unknown.getMessage());
		assertEquals(KeyRole.RSA_MIG, KeyRole.parse("rsa-mig"));
	}

	@Test
	void everyOperationIsCounted(TssHostTpm tpm) throws Exception {
		tpm.publicKey(KeyRole.RSA_LOCAL);
		long before = tpm.commandCount();
		tpm.signSha256(KeyRole.RSA_LOCAL, new byte[32]);
		long sent = tpm.commandCount() - before;
		// one Sign; libtpms sometimes answers TPM_RC_RETRY first and TSS.Java sends it again, which counts
		assertTrue(sent == 1 || sent == 2, "a sign with a cached key is one TPM command, was " + sent);
	}

	@Test
	void theTimingHookSeesEachOperation(TssHostTpm tpm) throws Exception {
		java.util.List<String> seen = new java.util.ArrayList<>();
		tpm.setOperationListener((operation, nanos, commands, failed) -> seen.add(operation + ":" + failed));
		try {
			tpm.signSha256(KeyRole.VMEK, new byte[32]);
			assertThrows(TpmException.class, () -> tpm.decryptOaepSha256(KeyRole.RSA_LOCAL, new byte[256]));
		} finally {
			tpm.setOperationListener(null);
		}
		assertEquals(java.util.List.of("sign:false", "decrypt:true"), seen);
	}

	static void assertMessage(String expectedStart, org.junit.jupiter.api.function.Executable call) {
		Throwable thrown = assertThrows(TpmException.class, call);
		assertTrue(thrown.getMessage().startsWith(expectedStart), "message was: " + thrown.getMessage());
	}
}
