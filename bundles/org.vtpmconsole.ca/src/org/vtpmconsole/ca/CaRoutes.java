package org.vtpmconsole.ca;

import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.CertificateFilter;
import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.HostNames;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.ActivationChallenge;
import org.vtpmconsole.pki.enroll.EnrollmentAuthority;
import org.vtpmconsole.pki.enroll.EnrollmentEvidence;
import org.vtpmconsole.pki.enroll.EnrollmentRefusal;
import org.vtpmconsole.pki.enroll.EnrollmentRefusedException;
import org.vtpmconsole.pki.enroll.NonceRegistry;
import org.vtpmconsole.protocol.ca.ActivationChallengeResponse;
import org.vtpmconsole.protocol.ca.ActivationRequest;
import org.vtpmconsole.protocol.ca.CaPaths;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.ca.CertificateList;
import org.vtpmconsole.protocol.ca.CrlResponse;
import org.vtpmconsole.protocol.ca.EnrollmentRequest;
import org.vtpmconsole.protocol.ca.EnrollmentResponse;
import org.vtpmconsole.protocol.ca.NonceResponse;
import org.vtpmconsole.protocol.ca.RevocationRequest;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * The CA's API (docs/api.md). Who may do what: hosts (their tls-server identity) and admins enroll, an agent only
 * for its own host names; every fleet identity reads the directory and the CRL; only admins revoke.
 */
final class CaRoutes {

	private static final Set<Role> ENROLLERS = EnumSet.of(Role.ADMIN, Role.TLS_SERVER);
	private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.APPROVER, Role.AUDITOR, Role.TLS_SERVER);
	private static final int SAN_DNS = 2;
	private static final int SAN_IP = 7;

	private final ILog log = ILog.of(getClass());
	private final FleetCa ca;
	private final EnrollmentAuthority enrollment;

	CaRoutes(FleetCa ca, EnrollmentAuthority enrollment) {
		this.ca = ca;
		this.enrollment = enrollment;
	}

	void register(JsonServer.Builder server) {
		server.route("POST", CaPaths.NONCES, ENROLLERS, request -> nonce());
		server.route("POST", CaPaths.ENROLLMENTS, ENROLLERS, this::enroll);
		server.route("POST", CaPaths.ACTIVATIONS, ENROLLERS, this::activate);
		server.route("GET", CaPaths.CERTIFICATES, READERS, this::list);
		server.route("GET", CaPaths.CURRENT_CERTIFICATE, READERS, this::current);
		server.route("POST", CaPaths.REVOCATIONS, EnumSet.of(Role.ADMIN), this::revoke);
		server.route("GET", CaPaths.CRL, READERS, request -> crl());
	}

	private NonceResponse nonce() throws ApiException {
		try {
			NonceRegistry.Nonce nonce = enrollment.issueNonce();
			return new NonceResponse(nonce.value(), nonce.expiresAt().toString());
		} catch (PkiException e) {
			throw new ApiException(503, "busy", e.getMessage());
		}
	}

	private ActivationChallengeResponse enroll(ApiRequest request) throws ApiException {
		EnrollmentEvidence evidence;
		try {
			evidence = request.body(EnrollmentRequest.class).toEvidence();
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest(EnrollmentRefusal.WRONG_ROLE.token(), e.getMessage());
		}
		if (request.peerRole() == Role.TLS_SERVER && !names(request.peer(), evidence.host())) {
			throw ApiException.forbidden("foreign_host", "an agent enrolls only its own host's keys, not "
					+ evidence.host() + "'s");
		}
		try {
			ActivationChallenge challenge = enrollment.challenge(evidence);
			log.info("challenged " + evidence + " from " + subject(request) + " to activate a credential (nothing"
					+ " issued before the proof)");
			return ActivationChallengeResponse.of(challenge);
		} catch (PkiException e) {
			throw refusal(evidence.toString(), request, e);
		}
	}

	private EnrollmentResponse activate(ApiRequest request) throws ApiException {
		ActivationRequest activation = request.body(ActivationRequest.class);
		try {
			IssuedCertificate issued = enrollment.activate(activation.requestId(), activation.proof());
			log.info("enrolled " + issued + " for " + subject(request) + " after its proof of activation");
			return new EnrollmentResponse(issued.serialHex(), issued.certificate().getEncoded());
		} catch (PkiException e) {
			throw refusal("an activation", request, e);
		} catch (CertificateEncodingException e) {
			throw failure("encode an issued certificate", e);
		}
	}

	private ApiException refusal(String what, ApiRequest request, PkiException e) {
		if (e instanceof EnrollmentRefusedException refused) {
			log.warn("refused " + what + " from " + subject(request) + ": " + e.getMessage());
			int status = refused.reason() == EnrollmentRefusal.MALFORMED ? 400 : 403;
			return new ApiException(status, refused.reason().token(), e.getMessage());
		}
		return failure("enroll (" + what + ")", e);
	}

	private static String subject(ApiRequest request) {
		return request.peer().getSubjectX500Principal().getName();
	}

	private CertificateList list(ApiRequest request) throws ApiException {
		CertificateFilter filter = CertificateFilter.any();
		if (request.query("host").isPresent()) {
			filter = filter.host(request.query("host").get());
		}
		if (request.query("role").isPresent()) {
			filter = filter.role(role(request.query("role").get()));
		}
		if (request.query("status").isPresent()) {
			filter = filter.status(status(request.query("status").get()));
		}
		return infos(ca.list(filter));
	}

	private CertificateInfo current(ApiRequest request) throws ApiException {
		String host = request.query("host")
				.orElseThrow(() -> ApiException.badRequest("invalid_query", "query parameter 'host' is required"));
		Role role = role(request.query("role")
				.orElseThrow(() -> ApiException.badRequest("invalid_query", "query parameter 'role' is required")));
		IssuedCertificate issued = ca.requestCert(host, role).orElseThrow(
				() -> ApiException.notFound("no valid " + role.token() + " certificate for " + host));
		return CertificateInfo.of(issued, Instant.now());
	}

	private CertificateInfo revoke(ApiRequest request) throws ApiException {
		RevocationRequest revocation = request.body(RevocationRequest.class);
		RevocationReason reason;
		BigInteger serial;
		try {
			reason = RevocationReason.valueOf(revocation.reason());
			serial = new BigInteger(revocation.serial(), 16);
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest("invalid_body", "serial must be hex and reason one of "
					+ List.of(RevocationReason.values()));
		}
		if (ca.find(serial).isEmpty()) {
			throw ApiException.notFound("no certificate with serial " + revocation.serial());
		}
		try {
			IssuedCertificate revoked = ca.revoke(serial, reason);
			log.info("revoked " + revoked + " (" + reason + ") for " + request.peer().getSubjectX500Principal().getName());
			return CertificateInfo.of(revoked, Instant.now());
		} catch (PkiException e) {
			if (ca.find(serial).flatMap(IssuedCertificate::revokedAt).isPresent()) {
				throw new ApiException(409, "already_revoked", e.getMessage());
			}
			throw failure("revoke " + revocation.serial(), e);
		}
	}

	private CrlResponse crl() throws ApiException {
		try {
			return new CrlResponse(ca.currentCrl().getEncoded());
		} catch (PkiException | CRLException e) {
			throw failure("serve the CRL", e);
		}
	}

	private ApiException failure(String what, Exception e) {
		log.error("cannot " + what, e);
		return new ApiException(500, "internal_error", "the CA could not " + what + "; its log has the details");
	}

	private static CertificateList infos(Collection<IssuedCertificate> issued) {
		Instant now = Instant.now();
		List<CertificateInfo> infos = new ArrayList<>();
		issued.forEach(certificate -> infos.add(CertificateInfo.of(certificate, now)));
		return new CertificateList(infos);
	}

	private static Role role(String token) throws ApiException {
		try {
			return Role.ofToken(token);
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest("invalid_query", e.getMessage());
		}
	}

	private static CertificateStatus status(String text) throws ApiException {
		try {
			return CertificateStatus.valueOf(text.toUpperCase());
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest("invalid_query", "status must be valid, revoked or expired");
		}
	}

	/** Whether the agent's certificate names this host (subjectAltName, as the TLS host check reads it). */
	private static boolean names(X509Certificate peer, String host) {
		try {
			Collection<List<?>> names = peer.getSubjectAlternativeNames();
			return names != null && names.stream()
					.filter(name -> name.get(0) instanceof Integer type && (type == SAN_DNS || type == SAN_IP))
					.anyMatch(name -> HostNames.same(String.valueOf(name.get(1)), host));
		} catch (CertificateParsingException e) {
			return false;
		}
	}
}
