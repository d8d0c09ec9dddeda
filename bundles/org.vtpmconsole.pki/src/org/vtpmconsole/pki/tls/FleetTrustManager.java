package org.vtpmconsole.pki.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateRevokedException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.HostNames;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;

/**
 * Trusts exactly the certificates the fleet root signed itself, at every handshake:
 * <ul>
 * <li>PKIX validation of the peer's certificate alone against the root as sole anchor: signature, validity
 * period, unknown critical extensions. Intermediates the peer sends are ignored on purpose, so a certificate
 * signed by a host's VMEK (a CA certificate for vEKs, SPEC §10) can never pass as a TLS identity;</li>
 * <li>revocation against the current CRL from a {@link CrlSource}, itself checked (root signature, not past
 * nextUpdate); no usable CRL refuses the handshake;</li>
 * <li>extended key usage and role: a client must be a console user or a TLS endpoint, a server a TLS
 * endpoint;</li>
 * <li>on the client, when endpoint identification is on (always, in {@link FleetTls#clientContext}), the
 * server's subjectAltName must name the host connected to: no wildcards, no DNS lookups.</li>
 * </ul>
 */
public final class FleetTrustManager extends X509ExtendedTrustManager {

	private static final Set<Role> CLIENT_ROLES = EnumSet.of(Role.ADMIN, Role.APPROVER, Role.AUDITOR, Role.TLS_SERVER);
	private static final Set<Role> SERVER_ROLES = EnumSet.of(Role.TLS_SERVER);
	private static final int SAN_DNS = 2;
	private static final int SAN_IP = 7;

	private final ILog log = ILog.of(getClass());
	private final X509Certificate root;
	private final CrlSource crls;

	public FleetTrustManager(X509Certificate root, CrlSource crls) {
		this.root = root;
		this.crls = crls;
	}

	/**
	 * Every check but revocation, for the one connection that fetches the CRL itself ({@link FleetTls#crlFetchContext}):
	 * the CRL is signed by the root and checked for currency and age by whoever adopts it.
	 */
	static FleetTrustManager withoutRevocation(X509Certificate root) {
		return new FleetTrustManager(root, null);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_clientAuth, CLIENT_ROLES);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_clientAuth, CLIENT_ROLES);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_clientAuth, CLIENT_ROLES);
	}

	/** Without a connection there is no host to check; the JDK calls the variants below during handshakes. */
	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_serverAuth, SERVER_ROLES);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_serverAuth, SERVER_ROLES);
		if (socket instanceof SSLSocket ssl) {
			checkHost(chain[0], ssl.getSSLParameters(), ssl.getHandshakeSession());
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
		verify(chain, KeyPurposeId.id_kp_serverAuth, SERVER_ROLES);
		checkHost(chain[0], engine.getSSLParameters(), engine.getHandshakeSession());
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[] { root };
	}

	private void verify(X509Certificate[] chain, KeyPurposeId purpose, Set<Role> roles) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("the peer presented no certificate");
		}
		X509Certificate peer = chain[0];
		Instant now = Instant.now();
		validateUnderRoot(peer, now);
		if (crls != null) {
			checkNotRevoked(peer, now);
		}
		List<String> purposes = peer.getExtendedKeyUsage();
		if (purposes == null || !purposes.contains(purpose.getId())) {
			throw new CertificateException(describe(peer) + " is not for " + purpose);
		}
		Role role = Roles.of(peer);
		if (!roles.contains(role)) {
			throw new CertificateException(describe(peer) + " has role " + role.token() + ", not one of " + roles);
		}
	}

	private void validateUnderRoot(X509Certificate peer, Instant now) throws CertificateException {
		try {
			PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
			parameters.setRevocationEnabled(false); // the fleet CRL is checked below, from the CRL source
			parameters.setDate(Date.from(now));
			CertPathValidator.getInstance("PKIX")
					.validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(peer)), parameters);
		} catch (CertPathValidatorException e) {
			throw new CertificateException(describe(peer) + " is not valid under the fleet root: " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new CertificateException("cannot validate " + describe(peer) + ": " + e.getMessage(), e);
		}
	}

	private void checkNotRevoked(X509Certificate peer, Instant now) throws CertificateException {
		X509CRL crl;
		try {
			crl = crls.currentCrl();
			Crls.check(crl, root, now);
		} catch (PkiException | CRLException e) {
			throw new CertificateException("no current fleet CRL to check " + describe(peer) + " against: "
					+ e.getMessage(), e);
		}
		X509CRLEntry entry = crl.getRevokedCertificate(peer);
		if (entry != null) {
			CRLReason reason = entry.getRevocationReason() == null ? CRLReason.UNSPECIFIED : entry.getRevocationReason();
			log.warn("refused the handshake of " + describe(peer) + ": revoked on " + entry.getRevocationDate()
					+ " (" + reason + ")");
			throw new CertificateRevokedException(entry.getRevocationDate(), reason, root.getSubjectX500Principal(),
					Map.of());
		}
	}

	private static void checkHost(X509Certificate server, SSLParameters parameters, SSLSession handshake)
			throws CertificateException {
		if (parameters.getEndpointIdentificationAlgorithm() == null) {
			return;
		}
		String host = handshake == null ? null : handshake.getPeerHost();
		if (host == null) {
			throw new CertificateException("cannot check the server's name: the connection was made without a host name");
		}
		Collection<List<?>> names = server.getSubjectAlternativeNames();
		boolean named = names != null && names.stream()
				.filter(name -> (Integer) name.get(0) == SAN_DNS || (Integer) name.get(0) == SAN_IP)
				.anyMatch(name -> HostNames.same((String) name.get(1), host));
		if (!named) {
			throw new CertificateException(describe(server) + " is not issued for host " + host);
		}
	}

	private static String describe(X509Certificate certificate) {
		return "certificate " + certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + " ("
				+ certificate.getSubjectX500Principal().getName() + ")";
	}
}
