package org.vtpmconsole.protocol.ca;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.EnrollmentEvidence;
import org.vtpmconsole.protocol.http.MessageFields;

/**
 * POST /v1/enrollments: the evidence for one TPM key (SPEC §7). Byte fields are base64; {@code csr} is set for
 * rsa-mig and vmek, {@code certifyAttest} and {@code certifySignature} for aik, {@code ekCertificate} when the TPM
 * has one.
 */
public record EnrollmentRequest(String host, String role, byte[] nonce, byte[] publicArea, byte[] csr,
		byte[] certifyAttest, byte[] certifySignature, byte[] ekPublic, byte[] ekCertificate) {

	public EnrollmentRequest {
		MessageFields.token(host, "host", 253);
		MessageFields.token(role, "role", 32);
		MessageFields.required(nonce, "nonce");
		MessageFields.required(publicArea, "publicArea");
		MessageFields.required(ekPublic, "ekPublic");
	}

	public static EnrollmentRequest of(EnrollmentEvidence evidence) {
		return new EnrollmentRequest(evidence.host(), evidence.role().token(), evidence.nonce(), evidence.publicArea(),
				evidence.csr(), evidence.certifyAttest(), evidence.certifySignature(), evidence.ekPublic(),
				evidence.ekCertificate());
	}

	/** IllegalArgumentException for an unknown role token. */
	public EnrollmentEvidence toEvidence() {
		return new EnrollmentEvidence(host, Role.ofToken(role), nonce, publicArea, csr, certifyAttest, certifySignature,
				ekPublic, ekCertificate);
	}
}
