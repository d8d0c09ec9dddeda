package org.vtpmconsole.tpm.verify;

/**
 * The output of TPM2_MakeCredential: what a CA sends so that only the TPM holding the EK, and only for a key with
 * the given name, recovers the secret (TPM2_ActivateCredential).
 *
 * @param credentialBlob the marshalled TPMS_ID_OBJECT: integrityHMAC as TPM2B, then encIdentity (the contents of a
 *            TPM2B_ID_OBJECT, without its size)
 * @param encryptedSecret the seed, RSA-OAEP encrypted to the EK with label "IDENTITY" (contents of a
 *            TPM2B_ENCRYPTED_SECRET)
 */
public record Credential(byte[] credentialBlob, byte[] encryptedSecret) {
	public Credential {
		credentialBlob = credentialBlob.clone();
		encryptedSecret = encryptedSecret.clone();
	}

	@Override
	public byte[] credentialBlob() {
		return credentialBlob.clone();
	}

	@Override
	public byte[] encryptedSecret() {
		return encryptedSecret.clone();
	}

	/** The integrityHMAC part of the blob. */
	public byte[] integrityHmac() throws VerificationException {
		return new TpmReader(credentialBlob, "TPMS_ID_OBJECT").sized("integrityHMAC");
	}

	/** The encIdentity part of the blob. */
	public byte[] encIdentity() throws VerificationException {
		TpmReader in = new TpmReader(credentialBlob, "TPMS_ID_OBJECT");
		int hmacLength = in.sized("integrityHMAC").length;
		return in.bytes(credentialBlob.length - 2 - hmacLength, "encIdentity");
	}
}
