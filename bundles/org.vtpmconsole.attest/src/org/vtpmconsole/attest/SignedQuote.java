package org.vtpmconsole.attest;

/** A TPM2_Quote as it travels in evidence: the signed TPMS_ATTEST and its RSASSA-SHA256 signature by the AIK. */
public record SignedQuote(byte[] attest, byte[] signature) {
	public SignedQuote {
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
