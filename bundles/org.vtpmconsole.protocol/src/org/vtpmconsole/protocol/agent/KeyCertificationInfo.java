package org.vtpmconsole.protocol.agent;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * The answer to POST /v1/host/rsa-local/certification: TPM2_Certify of RSA_local by the host's AIK over the caller's
 * nonce.
 *
 * @param publicArea the certified key's TPMT_PUBLIC (its TPM name is the certified name)
 * @param attest     the signed TPMS_ATTEST
 * @param signature  the AIK's RSASSA-SHA256 signature over attest
 */
public record KeyCertificationInfo(byte[] publicArea, byte[] attest, byte[] signature) {
	public KeyCertificationInfo {
		publicArea = MessageFields.required(publicArea, "publicArea").clone();
		attest = MessageFields.required(attest, "attest").clone();
		signature = MessageFields.required(signature, "signature").clone();
	}

	@Override
	public byte[] publicArea() {
		return publicArea.clone();
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
