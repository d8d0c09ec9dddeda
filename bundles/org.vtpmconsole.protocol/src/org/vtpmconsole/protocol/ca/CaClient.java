package org.vtpmconsole.protocol.ca;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.ActivationChallenge;
import org.vtpmconsole.pki.enroll.EnrollmentEvidence;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.JsonClient;
import org.vtpmconsole.tpm.TpmException;

/** The fleet CA's API, typed (docs/api.md). */
public final class CaClient {

	private final JsonClient client;

	public CaClient(JsonClient client) {
		this.client = client;
	}

	public NonceResponse nonce() throws ApiCallException {
		return client.post(CaPaths.NONCES, Map.of(), NonceResponse.class);
	}

	/** Step 1 of an enrollment: the evidence, answered by a credential to activate. */
	public ActivationChallengeResponse challenge(EnrollmentEvidence evidence) throws ApiCallException {
		return client.post(CaPaths.ENROLLMENTS, EnrollmentRequest.of(evidence), ActivationChallengeResponse.class);
	}

	/** Step 2: the proof of activation, answered by the certificate the CA issues only now. */
	public EnrollmentResponse activate(byte[] requestId, byte[] proof) throws ApiCallException {
		return client.post(CaPaths.ACTIVATIONS, new ActivationRequest(requestId, proof), EnrollmentResponse.class);
	}

	/**
	 * A whole enrollment of one host TPM key (SPEC §7): nonce, evidence, challenge, ActivateCredential and proof, and
	 * the issued certificate checked against the root and this TPM's key.
	 */
	public X509Certificate enroll(HostEnrollment host, String hostName, Role role, X509Certificate root)
			throws ApiCallException, PkiException, TpmException {
		ActivationChallenge challenge = challenge(host.evidence(hostName, role, nonce().nonce())).challenge();
		EnrollmentResponse issued = activate(challenge.requestId(), host.prove(role, challenge));
		try {
			return host.accept(role, issued.x509(), root);
		} catch (CertificateException e) {
			throw new PkiException("the CA sent no X.509 certificate for " + issued.serial(), e);
		}
	}

	public CertificateList list(Optional<String> host, Optional<Role> role, Optional<CertificateStatus> status)
			throws ApiCallException {
		Map<String, String> query = new LinkedHashMap<>();
		host.ifPresent(h -> query.put("host", h));
		role.ifPresent(r -> query.put("role", r.token()));
		status.ifPresent(s -> query.put("status", s.name().toLowerCase()));
		return client.get(CaPaths.CERTIFICATES, query, CertificateList.class);
	}

	/** SPEC's request_cert(host): the newest valid certificate of the role for that host name or address. */
	public CertificateInfo requestCert(String host, Role role) throws ApiCallException {
		return client.get(CaPaths.CURRENT_CERTIFICATE, Map.of("host", host, "role", role.token()), CertificateInfo.class);
	}

	public CertificateInfo revoke(String serial, RevocationReason reason) throws ApiCallException {
		return client.post(CaPaths.REVOCATIONS, new RevocationRequest(serial, reason.name()), CertificateInfo.class);
	}

	public CrlResponse crl() throws ApiCallException {
		return client.get(CaPaths.CRL, Map.of(), CrlResponse.class);
	}
}
