package org.vtpmconsole.protocol.ca;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.EnrollmentEvidence;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.JsonClient;

/** The fleet CA's API, typed (docs/api.md). */
public final class CaClient {

	private final JsonClient client;

	public CaClient(JsonClient client) {
		this.client = client;
	}

	public NonceResponse nonce() throws ApiCallException {
		return client.post(CaPaths.NONCES, Map.of(), NonceResponse.class);
	}

	public EnrollmentResponse enroll(EnrollmentEvidence evidence) throws ApiCallException {
		return client.post(CaPaths.ENROLLMENTS, EnrollmentRequest.of(evidence), EnrollmentResponse.class);
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
