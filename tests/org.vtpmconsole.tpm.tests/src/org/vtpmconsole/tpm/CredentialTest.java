package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.ProvisionedTpmExtension;
import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.CredentialMaker;

/** SPEC §7: a credential for (EK, key name) is recovered only by that TPM, only for that key. */
@ExtendWith(ProvisionedTpmExtension.class)
class CredentialTest {
	private final SecureRandom random = new SecureRandom();
	private final CredentialMaker softwareCa = new CredentialMaker(random);

	private byte[] secret() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return secret;
	}

	@Test
	void aCredentialMadeByTheTpmActivatesForTheNamedKey(TssHostTpm tpm) throws Exception {
		byte[] secret = secret();
		Credential credential = tpm.makeCredential(tpm.publicArea(KeyRole.EK).encoded(), tpm.name(KeyRole.RSA_MIG),
				secret);
		assertArrayEquals(secret, tpm.activateCredential(KeyRole.RSA_MIG, credential));
	}

	@Test
	void aCredentialMadeInSoftwareActivatesForEveryEnrolledKey(TssHostTpm tpm) throws Exception {
		byte[] ekPublic = tpm.publicArea(KeyRole.EK).encoded();
		for (KeyRole role : new KeyRole[] { KeyRole.RSA_MIG, KeyRole.AIK, KeyRole.VMEK }) {
			byte[] secret = secret();
			Credential credential = softwareCa.make(ekPublic, tpm.name(role), secret);
			assertArrayEquals(secret, tpm.activateCredential(role, credential), role.name());
		}
	}

	@Test
	void aCredentialForAnotherKeyNameFails(TssHostTpm tpm) throws Exception {
		Credential forAik = softwareCa.make(tpm.publicArea(KeyRole.EK).encoded(), tpm.name(KeyRole.AIK), secret());
		TpmCommandException refused = assertThrows(TpmCommandException.class,
				() -> tpm.activateCredential(KeyRole.RSA_MIG, forAik));
		assertEquals(ResponseCodes.INTEGRITY, refused.baseCode(), refused.getMessage());
	}

	@Test
	void aCredentialForAnotherTpmsEkFails(TssHostTpm tpm) throws Exception {
		try (ProvisionedSwtpm other = ProvisionedSwtpm.start()) {
			byte[] otherEk = other.tpm.publicArea(KeyRole.EK).encoded();
			Credential software = softwareCa.make(otherEk, tpm.name(KeyRole.RSA_MIG), secret());
			assertThrows(TpmCommandException.class, () -> tpm.activateCredential(KeyRole.RSA_MIG, software));
			Credential hardware = tpm.makeCredential(otherEk, tpm.name(KeyRole.RSA_MIG), secret());
			assertThrows(TpmCommandException.class, () -> tpm.activateCredential(KeyRole.RSA_MIG, hardware));
			// and the TPM it was made for recovers it for its own key of that name only
			byte[] secret = secret();
			Credential forOther = softwareCa.make(otherEk, other.tpm.name(KeyRole.RSA_MIG), secret);
			assertArrayEquals(secret, other.tpm.activateCredential(KeyRole.RSA_MIG, forOther));
		}
	}
}
