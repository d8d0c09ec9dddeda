package org.vtpmconsole.tpm.verify;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;

/** Checks a TPM2_Quote made by an RSASSA-SHA256 attestation key, without a TPM. */
public final class QuoteVerifier {
	private QuoteVerifier() {
	}

	/**
	 * Verifies signature, type, nonce and PCR digest; returns the parsed attestation.
	 *
	 * @param aik the attestation key's public key (from its certificate)
	 * @param attest the signed TPMS_ATTEST bytes
	 * @param signature the RSASSA signature over them
	 * @param qualifyingData the nonce the challenger sent
	 * @param pcrValues the PCR values claimed for the quoted selection
	 */
	public static Attestation verify(RSAPublicKey aik, byte[] attest, byte[] signature, byte[] qualifyingData,
			PcrValues pcrValues) throws VerificationException {
		if (!SignatureVerifier.verifyData(aik, attest, signature))
			throw new VerificationException("quote signature does not verify with the attestation key");
		Attestation attestation = Attestation.parse(attest);
		if (attestation.type() != Attestation.TPM_ST_ATTEST_QUOTE)
			throw new VerificationException(String.format("attestation type 0x%04x is not a quote", attestation.type()));
		if (!MessageDigest.isEqual(attestation.extraData(), qualifyingData))
			throw new VerificationException("quote extraData does not equal the nonce (qualifyingData)");
		byte[] expected = pcrValues.digest(TpmHash.SHA256, attestation.pcrSelection());
		if (!MessageDigest.isEqual(attestation.pcrDigest(), expected))
			throw new VerificationException("quote pcrDigest does not match the PCR values for "
					+ attestation.pcrSelection());
		return attestation;
	}
}
