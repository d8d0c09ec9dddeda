package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.testing.LegacyProvisioning;
import org.vtpmconsole.testing.LegacyProvisioning.Outcome;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.verify.SignatureVerifier;

/**
 * The attacks the authValue and the salted sessions stop, performed for real against swtpm: another process with its
 * own TSS connection to the host TPM, and a sniffer (and tamperer) on the TPM link. Each attack is also run against
 * keys made with the old template, where it succeeds.
 */
class KeyAuthorizationAttackTest {
	private static final SecureRandom RANDOM = new SecureRandom();

	@TempDir
	Path dir;

	@Test
	void anotherConnectionWithoutTheSecretCannotDecryptOrSignWithTheNewKeys() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			byte[] stateKey = randomKey();
			byte[] wrapped;
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				agent.provision();
				wrapped = wrap(stateKey, agent.publicKey(KeyRole.RSA_LOCAL));
				assertArrayEquals(stateKey, agent.decryptOaepSha256(KeyRole.RSA_LOCAL, wrapped), "the agent opens it");
			}
			// the intruder's own connection while the agent is away (swtpm serves one client at a time)
			for (int handle : new int[] { KeyHandles.RSA_LOCAL, KeyHandles.RSA_MIG }) {
				Outcome decrypt = LegacyProvisioning.decryptTheOldWay("127.0.0.1", swtpm.port(), handle, wrapped);
				Outcome sign = LegacyProvisioning.signTheOldWay("127.0.0.1", swtpm.port(), handle, new byte[32]);
				System.out.println("intruder on " + KeyHandles.hex(handle) + " (new template): RSA_Decrypt "
						+ decrypt.describe() + ", Sign " + sign.describe());
				assertEquals(ResponseCodes.BAD_AUTH, ResponseCodes.base(decrypt.responseCode()), decrypt.describe());
				assertEquals(ResponseCodes.BAD_AUTH, ResponseCodes.base(sign.responseCode()), sign.describe());
			}
			// our own client without the file refuses before the TPM is asked, and names the file
			try (TssHostTpm withoutSecret = HostTpms.open(swtpm.address())) {
				TpmException refused = assertThrows(TpmException.class,
						() -> withoutSecret.decryptOaepSha256(KeyRole.RSA_LOCAL, wrapped));
				assertTrue(refused.getMessage().contains(KeyAuthorization.FILE_NAME), refused.getMessage());
			}
			// a guessed secret in a proper salted HMAC session is refused by the TPM as well
			Path guessed = dir.resolve("guessed-auth");
			try (TssHostTpm guesser = HostTpms.open(swtpm.address(), KeyAuthorization.loadOrCreate(guessed, RANDOM))) {
				TpmCommandException refused = assertThrows(TpmCommandException.class,
						() -> guesser.decryptOaepSha256(KeyRole.RSA_LOCAL, wrapped));
				System.out.println("guessed authValue in a salted session: " + refused.getMessage());
				assertEquals(ResponseCodes.BAD_AUTH, refused.baseCode(), refused.getMessage());
			}
		}
	}

	@Test
	void onTheOldTemplateTheSameIntruderCallsSucceed() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			LegacyProvisioning.provisionTheOldWay(swtpm);
			RSAPublicKey oldLocal;
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				agent.provision();
				oldLocal = agent.legacyKeys().stream().filter(key -> key.role() == KeyRole.RSA_LOCAL).findFirst()
						.orElseThrow().publicKey();
			}
			byte[] stateKey = randomKey();
			Outcome stolen = LegacyProvisioning.decryptTheOldWay("127.0.0.1", swtpm.port(), KeyHandles.LEGACY_RSA_LOCAL,
					wrap(stateKey, oldLocal));
			byte[] digest = new byte[32];
			Outcome forged = LegacyProvisioning.signTheOldWay("127.0.0.1", swtpm.port(), KeyHandles.LEGACY_RSA_LOCAL,
					digest);
			System.out.println("intruder on " + KeyHandles.hex(KeyHandles.LEGACY_RSA_LOCAL) + " (old template): RSA_Decrypt "
					+ stolen.describe() + ", Sign " + forged.describe());
			assertTrue(stolen.succeeded() && forged.succeeded(), stolen.describe() + " / " + forged.describe());
			assertArrayEquals(stateKey, stolen.output(), "the intruder holds the state key");
			assertTrue(SignatureVerifier.verifyDigest(oldLocal, digest, forged.output()), "and a valid RSA_local signature");
		}
	}

	@Test
	void aLinkSnifferSeesTheStateKeyOnTheOldPathAndNeverOnTheNewOne() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			LegacyProvisioning.provisionTheOldWay(swtpm);
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				agent.provision();
			}
			byte[] stateKey = randomKey();
			try (RecordingRelay relay = new RecordingRelay(swtpm.port())) {
				byte[] authValue;
				try (TssHostTpm agent = Swtpm.openHostTpm(relay.address(), swtpm.keyAuthorizationFile());
						KeyAuthorization secret = KeyAuthorization.load(swtpm.keyAuthorizationFile())) {
					authValue = secret.value();
					relay.clear();
					assertArrayEquals(stateKey, agent.decryptOaepSha256(KeyRole.RSA_LOCAL,
							wrap(stateKey, agent.publicKey(KeyRole.RSA_LOCAL))));
					assertArrayEquals(stateKey, agent.decryptOaepSha256(KeyRole.RSA_MIG,
							wrap(stateKey, agent.publicKey(KeyRole.RSA_MIG))));
					// the migration's unwrap with a legacy key goes through a salted session as well
					RSAPublicKey oldLocal = agent.legacyKeys().get(0).publicKey();
					assertArrayEquals(stateKey, agent.decryptWithLegacyKey(KeyRole.RSA_LOCAL, wrap(stateKey, oldLocal)));
					agent.signSha256(KeyRole.RSA_LOCAL, new byte[32]);
					int recorded = relay.recorded().length;
					System.out.println("new path: " + recorded + " bytes recorded on the link, state key seen: "
							+ relay.sawBytes(stateKey) + ", authValue seen: " + relay.sawBytes(authValue));
					assertTrue(recorded > 1000, "the relay recorded the exchange");
					assertFalse(relay.sawBytes(stateKey), "the state key crossed the link in clear");
					assertFalse(relay.sawBytes(authValue), "the authValue crossed the link in clear");
				}
				// the old code's call, through the same relay
				relay.clear();
				String[] target = relay.address().split(":");
				RSAPublicKey oldLocal;
				try (TssHostTpm agent = swtpm.openHostTpm()) {
					oldLocal = agent.legacyKeys().get(0).publicKey();
				}
				Outcome old = LegacyProvisioning.decryptTheOldWay(target[1], Integer.parseInt(target[2]),
						KeyHandles.LEGACY_RSA_LOCAL, wrap(stateKey, oldLocal));
				assertTrue(old.succeeded(), old.describe());
				System.out.println("old path: state key seen on the link: " + relay.sawBytes(stateKey));
				assertTrue(relay.sawBytes(stateKey), "the old path sends the state key in clear");
			}
		}
	}

	@Test
	void aResponseChangedOnTheLinkFailsItsHmacAndIsDiscarded() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				agent.provision();
			}
			try (RecordingRelay relay = new RecordingRelay(swtpm.port());
					TssHostTpm agent = Swtpm.openHostTpm(relay.address(), swtpm.keyAuthorizationFile())) {
				byte[] wrapped = wrap(randomKey(), agent.publicKey(KeyRole.RSA_LOCAL));
				agent.publicKey(KeyRole.SRK); // read before the flip, so the flip hits RSA_Decrypt's response
				// StartAuthSession's response passes; RSA_Decrypt's response loses a bit of its HMAC
				TpmException refused = assertThrows(TpmException.class, () -> {
					relay.flipNextResponseAfter(1);
					agent.decryptOaepSha256(KeyRole.RSA_LOCAL, wrapped);
				});
				System.out.println("flipped response bit: " + refused.getMessage());
				assertTrue(refused.getMessage().contains("HMAC does not verify"), refused.getMessage());
			}
		}
	}

	@Test
	void aSecretFileOthersCanReadIsRefused() throws Exception {
		Path file = dir.resolve(KeyAuthorization.FILE_NAME);
		try (KeyAuthorization created = KeyAuthorization.loadOrCreate(file, RANDOM)) {
			assertTrue(created.created());
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			assertFalse(created.toString().contains(java.util.HexFormat.of().formatHex(created.value())));
		}
		try (KeyAuthorization again = KeyAuthorization.loadOrCreate(file, RANDOM)) {
			assertFalse(again.created(), "the second start reads the same secret");
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		TpmException refused = assertThrows(TpmException.class, () -> KeyAuthorization.load(file));
		assertTrue(refused.getMessage().contains("rw-r-----") && refused.getMessage().contains("chmod 600"),
				refused.getMessage());
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		Files.write(file, new byte[31]);
		assertTrue(assertThrows(TpmException.class, () -> KeyAuthorization.load(file)).getMessage()
				.contains("holds 31 bytes"));
	}

	@Test
	void aLostSecretFileIsNoticedAtProvisioningInsteadOfMakingTheKeysUseless() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp()) {
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				agent.provision();
			}
			Files.delete(swtpm.keyAuthorizationFile());
			try (TssHostTpm agent = swtpm.openHostTpm()) {
				TpmException refused = assertThrows(TpmException.class, agent::provision);
				assertTrue(refused.getMessage().contains("restore the original file"), refused.getMessage());
			}
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	static byte[] wrap(byte[] secret, RSAPublicKey key) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
		cipher.init(Cipher.ENCRYPT_MODE, key,
				new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
		return cipher.doFinal(secret);
	}
}
