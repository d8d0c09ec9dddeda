package org.vtpmconsole.tpm;

import org.vtpmconsole.tpm.verify.PcrValues;

/**
 * A TPM2_Quote by the AIK and the PCR values read right after it under the same connection lock, so the evidence is
 * complete for {@link org.vtpmconsole.tpm.verify.QuoteVerifier}.
 *
 * @param attest the signed TPMS_ATTEST
 * @param signature RSASSA-PKCS1-v1_5 / SHA-256 signature over attest
 */
public record Quote(byte[] attest, byte[] signature, PcrValues pcrValues) {
	public Quote {
		attest = attest.clone();
		signature = signature.clone();
	}

	@Override
	public byte[] attest() {
		return attest.clone();
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}
}
