package org.vtpmconsole.protocol.ca;

/** The fleet CA's API, version 1 (docs/api.md). */
public final class CaPaths {

	/** POST: a fresh enrollment nonce ({@link NonceResponse}). */
	public static final String NONCES = "/v1/enrollment/nonces";
	/** POST {@link EnrollmentRequest}: a credential to activate, nothing issued yet ({@link ActivationChallengeResponse}). */
	public static final String ENROLLMENTS = "/v1/enrollments";
	/** POST {@link ActivationRequest}: the certificate, issued only now ({@link EnrollmentResponse}). */
	public static final String ACTIVATIONS = "/v1/enrollments/activations";
	/** GET ?host=&role=&status=: the directory ({@link CertificateList}). */
	public static final String CERTIFICATES = "/v1/certificates";
	/** GET ?host=&role=: SPEC's request_cert(host), the newest valid certificate ({@link CertificateInfo}). */
	public static final String CURRENT_CERTIFICATE = "/v1/certificates/current";
	/** POST {@link RevocationRequest}: revokes ({@link CertificateInfo}). */
	public static final String REVOCATIONS = "/v1/revocations";
	/** GET: the current CRL ({@link CrlResponse}). */
	public static final String CRL = "/v1/crl";

	private CaPaths() {
	}
}
