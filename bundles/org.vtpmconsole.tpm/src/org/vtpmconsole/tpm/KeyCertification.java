package org.vtpmconsole.tpm;

/**
 * A TPM2_Certify: one host key's TPM stating, under another (or the same) key's signature, that the object is loaded
 * in it; for {@link org.vtpmconsole.tpm.verify.CertificationVerifier}.
 *
 * @param attest the signed TPMS_ATTEST (type TPM_ST_ATTEST_CERTIFY)
 * @param signature RSASSA-PKCS1-v1_5 / SHA-256 signature over attest
 */
public record KeyCertification(byte[] attest, byte[] signature) {
	public KeyCertification {
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
