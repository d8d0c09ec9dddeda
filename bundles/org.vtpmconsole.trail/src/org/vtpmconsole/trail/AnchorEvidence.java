package org.vtpmconsole.trail;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.vtpmconsole.tpm.NvCertification;

/**
 * What vouches for a log's fold: the host, its anchor index, the verifier's nonce, the TPM2_NV_Certify by the host's
 * AIK over it, the AIK certificate and the fleet CRL the exporter had (a verifier may use a newer one).
 */
public record AnchorEvidence(String host, int nvIndex, byte[] nonce, NvCertification certification,
		X509Certificate aikCertificate, X509CRL crl) {

	public AnchorEvidence {
		nonce = nonce.clone();
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}
}
