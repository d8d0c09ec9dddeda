package org.vtpmconsole.pki.enroll;

import java.time.Instant;
import java.util.Objects;

/**
 * The CA's answer to enrollment evidence that passed its checks: a secret wrapped by TPM2_MakeCredential to (EK, key
 * name), so only the TPM holding that EK with that key loaded recovers it. Nothing is issued yet: the host proves
 * the activation ({@link ActivationProof}) under {@code requestId} before {@code expiresAt}, and only then does the
 * CA issue the certificate.
 *
 * @param requestId       names the pending request in the proof (random, single use)
 * @param credentialBlob  the TPMS_ID_OBJECT of MakeCredential
 * @param encryptedSecret the seed encrypted to the EK
 * @param expiresAt       when the CA forgets the request
 */
public record ActivationChallenge(byte[] requestId, byte[] credentialBlob, byte[] encryptedSecret, Instant expiresAt) {

	public ActivationChallenge {
		Objects.requireNonNull(requestId, "requestId");
		Objects.requireNonNull(credentialBlob, "credentialBlob");
		Objects.requireNonNull(encryptedSecret, "encryptedSecret");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}
}
