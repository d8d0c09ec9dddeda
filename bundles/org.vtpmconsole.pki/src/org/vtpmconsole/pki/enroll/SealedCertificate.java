package org.vtpmconsole.pki.enroll;

import java.util.Objects;

/**
 * The CA's answer to an enrollment: the certificate encrypted under a fresh AES-256-GCM key K', and K' wrapped by
 * TPM2_MakeCredential to (EK, key name), so only the TPM holding that EK and that key recovers it.
 *
 * @param credentialBlob  the TPMS_ID_OBJECT of MakeCredential
 * @param encryptedSecret the seed encrypted to the EK
 * @param iv              the GCM nonce (12 bytes)
 * @param ciphertext      the certificate's DER under K', with the GCM tag
 */
public record SealedCertificate(byte[] credentialBlob, byte[] encryptedSecret, byte[] iv, byte[] ciphertext) {

	public SealedCertificate {
		Objects.requireNonNull(credentialBlob, "credentialBlob");
		Objects.requireNonNull(encryptedSecret, "encryptedSecret");
		Objects.requireNonNull(iv, "iv");
		Objects.requireNonNull(ciphertext, "ciphertext");
	}
}
