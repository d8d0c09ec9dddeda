package org.vtpmconsole.pki.enroll;

/** Why the CA refused an enrollment; the token is what the API's error code carries. */
public enum EnrollmentRefusal {
	/** The request does not parse or misses a part its role needs. */
	MALFORMED("malformed_request"),
	/** The nonce was never issued, has expired or was already used. */
	NONCE("nonce_invalid"),
	/** The CSR or certification is not signed by the key offered. */
	PROOF_OF_POSSESSION("proof_of_possession_failed"),
	/** The CSR's key, the public area and the TPM name do not belong together. */
	KEY_MISMATCH("key_mismatch"),
	/** The key can leave its TPM (fixedTPM or fixedParent clear). */
	MIGRATABLE_KEY("migratable_key"),
	/** The key's attributes do not fit the role asked for, or the role is no TPM key role. */
	WRONG_ROLE("wrong_role"),
	/** The EK is not the one this host enrolled with, or its certificate is for another key. */
	EK_MISMATCH("ek_mismatch"),
	/** The EK certificate is missing or not issued by a trusted TPM vendor. */
	EK_UNTRUSTED("ek_untrusted"),
	/** The activation's request id was never issued, has expired or was already answered. */
	CHALLENGE("challenge_invalid"),
	/** The proof of activation does not hold: the requester's TPM did not activate the credential. */
	ACTIVATION("activation_failed");

	private final String token;

	EnrollmentRefusal(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}
}
