package org.vtpmconsole.tpm.verify;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;

/**
 * Checks a TPM2_Certify made by an RSASSA-SHA256 key, without a TPM: the TPM itself states (magic TPM_GENERATED, so
 * no caller could have had it signed as external data) that an object of the given name is loaded in it, fresh for
 * the challenger's nonce.
 */
public final class CertificationVerifier {
	private CertificationVerifier() {
	}

	/**
	 * Verifies signature, type, nonce and the certified object's name; returns the parsed attestation.
	 *
	 * @param signer the certifying key's public key
	 * @param attest the signed TPMS_ATTEST bytes
	 * @param signature the RSASSA signature over them
	 * @param qualifyingData the nonce the challenger sent
	 * @param objectName the TPM name the challenger expects the certified object to have
	 */
	public static Attestation verify(RSAPublicKey signer, byte[] attest, byte[] signature, byte[] qualifyingData,
			byte[] objectName) throws VerificationException {
		if (!SignatureVerifier.verifyData(signer, attest, signature))
			throw new VerificationException("certification signature does not verify with the certifying key");
		Attestation attestation = Attestation.parse(attest);
		if (attestation.type() != Attestation.TPM_ST_ATTEST_CERTIFY)
			throw new VerificationException(String.format("attestation type 0x%04x is not an object certification",
					attestation.type()));
		if (!MessageDigest.isEqual(attestation.extraData(), qualifyingData))
			throw new VerificationException("certification extraData does not equal the nonce (qualifyingData)");
		if (!MessageDigest.isEqual(attestation.certifiedName(), objectName))
			throw new VerificationException("the certified object's name differs from the expected TPM name");
		return attestation;
	}
}
