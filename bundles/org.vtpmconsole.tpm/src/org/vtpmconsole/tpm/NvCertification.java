package org.vtpmconsole.tpm;

/**
 * A TPM2_NV_Certify by the AIK over an NV index's whole contents, for
 * {@link org.vtpmconsole.tpm.verify.NvCertificationVerifier}.
 *
 * @param attest the signed TPMS_ATTEST (type TPM_ST_ATTEST_NV)
 * @param signature RSASSA-PKCS1-v1_5 / SHA-256 signature over attest
 */
public record NvCertification(byte[] attest, byte[] signature) {
	public NvCertification {
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
