package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vtpmconsole.testing.ProvisionedTpmExtension;
import org.vtpmconsole.tpm.verify.Attestation;
import org.vtpmconsole.tpm.verify.CertificationVerifier;
import org.vtpmconsole.tpm.verify.VerificationException;

/** TPM2_Certify: the AIK's proof of possession in enrollment (SPEC §7), checked without a TPM. */
@ExtendWith(ProvisionedTpmExtension.class)
class CertifyTest {
	private static byte[] nonce() {
		byte[] nonce = new byte[32];
		new SecureRandom().nextBytes(nonce);
		return nonce;
	}

	@Test
	void theAikCertifiesItselfForTheChallengersNonce(TssHostTpm tpm) throws Exception {
		byte[] nonce = nonce();
		KeyCertification certification = tpm.certify(KeyRole.AIK, KeyRole.AIK, nonce);
		Attestation attestation = CertificationVerifier.verify(tpm.publicKey(KeyRole.AIK), certification.attest(),
				certification.signature(), nonce, tpm.name(KeyRole.AIK));
		assertEquals(Attestation.TPM_ST_ATTEST_CERTIFY, attestation.type());
		assertArrayEquals(tpm.name(KeyRole.AIK), attestation.certifiedName());
	}

	@Test
	void anotherNonceOrNameOrSignerIsRefused(TssHostTpm tpm) throws Exception {
		byte[] nonce = nonce();
		KeyCertification certification = tpm.certify(KeyRole.RSA_MIG, KeyRole.AIK, nonce);
		CertificationVerifier.verify(tpm.publicKey(KeyRole.AIK), certification.attest(), certification.signature(),
				nonce, tpm.name(KeyRole.RSA_MIG));
		VerificationException staleNonce = assertThrows(VerificationException.class,
				() -> CertificationVerifier.verify(tpm.publicKey(KeyRole.AIK), certification.attest(),
						certification.signature(), nonce(), tpm.name(KeyRole.RSA_MIG)));
		assertTrue(staleNonce.getMessage().contains("nonce"), staleNonce.getMessage());
		VerificationException otherName = assertThrows(VerificationException.class,
				() -> CertificationVerifier.verify(tpm.publicKey(KeyRole.AIK), certification.attest(),
						certification.signature(), nonce, tpm.name(KeyRole.VMEK)));
		assertTrue(otherName.getMessage().contains("name"), otherName.getMessage());
		VerificationException otherSigner = assertThrows(VerificationException.class,
				() -> CertificationVerifier.verify(tpm.publicKey(KeyRole.VMEK), certification.attest(),
						certification.signature(), nonce, tpm.name(KeyRole.RSA_MIG)));
		assertTrue(otherSigner.getMessage().contains("signature"), otherSigner.getMessage());
	}

	@Test
	void keysThatCannotSignDoNotCertify(TssHostTpm tpm) {
		TpmException refused = assertThrows(TpmException.class, () -> tpm.certify(KeyRole.AIK, KeyRole.EK, nonce()));
		assertTrue(refused.getMessage().contains("not a signing key"), refused.getMessage());
	}
}
