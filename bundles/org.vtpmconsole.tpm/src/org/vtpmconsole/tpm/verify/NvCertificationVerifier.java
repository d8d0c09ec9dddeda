package org.vtpmconsole.tpm.verify;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;

/** Checks a TPM2_NV_Certify made by an RSASSA-SHA256 attestation key, without a TPM. */
public final class NvCertificationVerifier {
	private NvCertificationVerifier() {
	}

	/**
	 * Verifies signature, type, nonce and that the certified contents (from offset 0) equal {@code expectedContents};
	 * returns the parsed attestation (its {@link Attestation#nvIndexName()} names the index).
	 */
	public static Attestation verify(RSAPublicKey aik, byte[] attest, byte[] signature, byte[] qualifyingData,
			byte[] expectedContents) throws VerificationException {
		if (!SignatureVerifier.verifyData(aik, attest, signature))
			throw new VerificationException("NV certification signature does not verify with the attestation key");
		Attestation attestation = Attestation.parse(attest);
		if (attestation.type() != Attestation.TPM_ST_ATTEST_NV)
			throw new VerificationException(String.format("attestation type 0x%04x is not an NV certification",
					attestation.type()));
		if (!MessageDigest.isEqual(attestation.extraData(), qualifyingData))
			throw new VerificationException("NV certification extraData does not equal the nonce (qualifyingData)");
		if (attestation.nvOffset() != 0)
			throw new VerificationException("NV certification starts at offset " + attestation.nvOffset() + ", not 0");
		if (!MessageDigest.isEqual(attestation.nvContents(), expectedContents))
			throw new VerificationException("certified NV contents differ from the expected value");
		return attestation;
	}
}
