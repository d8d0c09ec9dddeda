package org.vtpmconsole.pki.enroll;

import java.util.Objects;

import org.vtpmconsole.pki.Role;

/**
 * What a host sends the CA to have one TPM key certified (SPEC §7). Byte arrays are handed over as they are, not
 * copied: this is a message between the TPM and the wire.
 *
 * @param host             the host name or address the certificate names
 * @param role             RSA_MIG, AIK or VMEK
 * @param nonce            the CA-issued nonce this request answers
 * @param publicArea       the key's TPMT_PUBLIC; its TPM name is what the certificate carries
 * @param csr              PKCS#10 DER signed by the key, carrying the nonce (RSA_mig, VMEK); null for the AIK
 * @param certifyAttest    TPMS_ATTEST of the AIK certifying itself over the nonce; null for the other roles
 * @param certifySignature the AIK's signature over {@code certifyAttest}; null for the other roles
 * @param ekPublic         the EK's TPMT_PUBLIC, the target of MakeCredential
 * @param ekCertificate    the manufacturer's EK certificate (DER) when the TPM has one, else null
 */
public record EnrollmentEvidence(String host, Role role, byte[] nonce, byte[] publicArea, byte[] csr,
		byte[] certifyAttest, byte[] certifySignature, byte[] ekPublic, byte[] ekCertificate) {

	public EnrollmentEvidence {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(nonce, "nonce");
		Objects.requireNonNull(publicArea, "publicArea");
		Objects.requireNonNull(ekPublic, "ekPublic");
	}

	@Override
	public String toString() {
		return role.token() + " enrollment evidence for " + host;
	}
}
