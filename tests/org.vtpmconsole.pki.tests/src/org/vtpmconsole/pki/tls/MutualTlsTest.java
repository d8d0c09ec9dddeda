package org.vtpmconsole.pki.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.CertificateRevokedException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.FleetOids;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.pki.TestCa;

/** Real TLS 1.3 handshakes on 127.0.0.1 between fleet identities; every socket times out on its own. */
class MutualTlsTest {

	private static final char[] PASSWORD = "p12 password".toCharArray();
	private static final int TIMEOUT_MS = 10_000;

	@TempDir
	static Path temp;
	static FleetCa ca;
	static SSLContext server;
	static ExecutorService executor;

	@BeforeAll
	static void fleet() throws Exception {
		ca = TestCa.create(temp.resolve("ca"));
		ca.issueTlsServer("localhost", List.of("127.0.0.1"), temp.resolve("server.p12"), PASSWORD);
		server = serverFrom(temp.resolve("server.p12"));
		executor = Executors.newCachedThreadPool();
	}

	@AfterAll
	static void stop() throws Exception {
		executor.shutdownNow();
		assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
		ca.close();
	}

	private static SSLContext serverFrom(Path pkcs12) throws PkiException {
		return FleetTls.serverContext(FleetTls.loadIdentity(pkcs12, PASSWORD), PASSWORD, ca.rootCertificate(), ca);
	}

	private static SSLContext userClient(String name, Role role) throws PkiException {
		Path file = temp.resolve(name + "-" + role.token() + ".p12");
		ca.issueUser(name, role, file, PASSWORD);
		return client(FleetTls.loadIdentity(file, PASSWORD));
	}

	private static SSLContext client(KeyStore identity) throws PkiException {
		return FleetTls.clientContext(identity, PASSWORD, ca.rootCertificate(), ca);
	}

	/** What each side saw: the server answers with the role it read from the client certificate. */
	record Outcome(String roleSeenByServer, Exception serverFailure, String roleReceivedByClient, Exception clientFailure) {
	}

	private static Outcome connect(SSLContext client, SSLContext serverContext) throws Exception {
		try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 1,
				InetAddress.getLoopbackAddress())) {
			listener.setSoTimeout(TIMEOUT_MS);
			Future<String> served = executor.submit(() -> {
				try (SSLSocket socket = (SSLSocket) listener.accept()) {
					socket.setSoTimeout(TIMEOUT_MS);
					socket.startHandshake();
					String role = Roles.ofPeer(socket.getSession()).token();
					socket.getOutputStream().write((role + "\n").getBytes(StandardCharsets.UTF_8));
					socket.getOutputStream().flush();
					return role;
				}
			});
			String received = null;
			Exception clientFailure = null;
			try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", listener.getLocalPort())) {
				socket.setSoTimeout(TIMEOUT_MS);
				socket.startHandshake();
				received = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
			} catch (Exception e) {
				clientFailure = e;
			}
			try {
				return new Outcome(served.get(TIMEOUT_MS * 2L, TimeUnit.MILLISECONDS), null, received, clientFailure);
			} catch (ExecutionException e) {
				return new Outcome(null, (Exception) e.getCause(), received, clientFailure);
			}
		}
	}

	private static void assertRefusedByServer(Outcome outcome) {
		assertNull(outcome.roleSeenByServer());
		assertInstanceOf(SSLException.class, outcome.serverFailure());
		assertNull(outcome.roleReceivedByClient());
	}

	@Test
	void validClientAndServerShakeHandsAndTheRoleIsReadable() throws Exception {
		Outcome outcome = connect(userClient("alice", Role.ADMIN), server);
		assertNull(outcome.serverFailure());
		assertNull(outcome.clientFailure());
		assertEquals("admin", outcome.roleSeenByServer());
		assertEquals("admin", outcome.roleReceivedByClient());
	}

	@Test
	void roleDecidesAuthorization() throws Exception {
		Outcome outcome = connect(userClient("oscar", Role.AUDITOR), server);
		assertEquals(Role.AUDITOR, Role.ofToken(outcome.roleSeenByServer()));
		assertTrue(Role.ofToken(outcome.roleSeenByServer()) != Role.ADMIN, "an auditor must not pass for an admin");
	}

	@Test
	void agentsAreClientsOfEachOther() throws Exception {
		Path file = temp.resolve("agent2.p12");
		ca.issueTlsServer("agent2.example", List.of(), file, PASSWORD);
		Outcome outcome = connect(client(FleetTls.loadIdentity(file, PASSWORD)), server);
		assertEquals("tls-server", outcome.roleSeenByServer());
	}

	@Test
	void clientFromAnotherRootIsRefused() throws Exception {
		Path file = temp.resolve("stranger.p12");
		try (FleetCa other = TestCa.create(temp.resolve("other-ca"))) {
			other.issueUser("mallory", Role.ADMIN, file, PASSWORD);
		}
		assertRefusedByServer(connect(client(FleetTls.loadIdentity(file, PASSWORD)), server));
	}

	@Test
	void revokedClientIsRefused() throws Exception {
		Path file = temp.resolve("revoked.p12");
		IssuedCertificate issued = ca.issueUser("trudy", Role.APPROVER, file, PASSWORD);
		SSLContext client = client(FleetTls.loadIdentity(file, PASSWORD));
		assertNull(connect(client, server).serverFailure()); // valid until revoked

		ca.revoke(issued.serial(), RevocationReason.KEY_COMPROMISE);

		Outcome outcome = connect(client, server);
		assertRefusedByServer(outcome);
		assertInstanceOf(CertificateRevokedException.class, rootCause(outcome.serverFailure()));
	}

	@Test
	void expiredClientIsRefused() throws Exception {
		KeyPair key = TestCa.rsa2048();
		Instant now = Instant.now();
		IssuedCertificate expired = ca.issue(CertificateRequest.builder("olduser", Role.ADMIN, key.getPublic())
				.validity(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))).build());
		KeyStore identity = KeyStore.getInstance("PKCS12");
		identity.load(null, null);
		identity.setKeyEntry("identity", key.getPrivate(), PASSWORD,
				new X509Certificate[] { expired.certificate(), ca.rootCertificate() });
		assertRefusedByServer(connect(client(identity), server));
	}

	@Test
	void clientWithoutCertificateIsRefused() throws Exception {
		SSLContext anonymous = SSLContext.getInstance("TLSv1.3");
		anonymous.init(null, new TrustManager[] { new FleetTrustManager(ca.rootCertificate(), ca) }, null);
		assertRefusedByServer(connect(anonymous, server));
	}

	@Test
	void tpmKeyCertificateIsNoTlsClient() throws Exception {
		KeyPair key = TestCa.rsa2048();
		IssuedCertificate aik = ca.issue(CertificateRequest.builder("host1", Role.AIK, key.getPublic())
				.tpmName(TestCa.tpmName()).build());
		KeyStore identity = KeyStore.getInstance("PKCS12");
		identity.load(null, null);
		identity.setKeyEntry("identity", key.getPrivate(), PASSWORD, new X509Certificate[] { aik.certificate() });
		assertRefusedByServer(connect(client(identity), server));
	}

	@Test
	void revokedServerIsRefusedByTheClient() throws Exception {
		Path file = temp.resolve("revoked-server.p12");
		IssuedCertificate issued = ca.issueTlsServer("127.0.0.1", List.of(), file, PASSWORD);
		SSLContext revokedServer = serverFrom(file);
		ca.revoke(issued.serial(), RevocationReason.CESSATION_OF_OPERATION);

		Outcome outcome = connect(userClient("alice2", Role.ADMIN), revokedServer);
		assertInstanceOf(SSLException.class, outcome.clientFailure());
		assertInstanceOf(CertificateRevokedException.class, rootCause(outcome.clientFailure()));
		assertNull(outcome.roleSeenByServer());
	}

	@Test
	void serverForAnotherHostIsRefusedByTheClient() throws Exception {
		Path file = temp.resolve("elsewhere.p12");
		ca.issueTlsServer("elsewhere.example", List.of("192.0.2.1"), file, PASSWORD);
		SSLContext elsewhere = serverFrom(file);
		Outcome outcome = connect(userClient("alice3", Role.ADMIN), elsewhere);
		assertInstanceOf(SSLException.class, outcome.clientFailure());
		assertTrue(rootCause(outcome.clientFailure()).getMessage().contains("not issued for host 127.0.0.1"));
	}

	@Test
	void serverContextRequiresClientCertificatesByDefault() {
		assertTrue(server.getDefaultSSLParameters().getNeedClientAuth());
		assertEquals(List.of("TLSv1.3"), List.of(server.getDefaultSSLParameters().getProtocols()));
	}

	@Test
	void refreshableCrlRefusesAnOlderCrl() throws Exception {
		X509CRL older = ca.currentCrl();
		IssuedCertificate issued = ca.issueUser("victor", Role.AUDITOR, temp.resolve("victor.p12"), PASSWORD);
		ca.revoke(issued.serial(), RevocationReason.SUPERSEDED);
		X509CRL newer = ca.currentCrl();

		RefreshableCrl held = new RefreshableCrl(ca.rootCertificate(), older);
		held.update(newer);
		assertNotNull(held.currentCrl().getRevokedCertificate(issued.serial()));
		assertThrows(CRLException.class, () -> held.update(older));
	}

	/**
	 * A server whose certificate a host's VMEK signed (the VMEK is a CA, SPEC §10), sending the VMEK certificate as
	 * intermediate. The JDK's PKIX trust manager with the root as anchor, which the CRL bootstrap used before, builds
	 * the path and accepts it; the CRL fetch context takes the leaf alone and refuses it.
	 */
	@Test
	void theCrlFetchRefusesAServerCertifiedThroughAnIntermediate() throws Exception {
		KeyPair vmekKey = TestCa.rsa2048();
		X509Certificate vmek = ca.issue(CertificateRequest.builder("host1", Role.VMEK, vmekKey.getPublic())
				.tpmName(TestCa.tpmName()).build()).certificate();
		KeyPair serverKey = TestCa.rsa2048();
		Instant now = Instant.now();
		X509Certificate forged = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(vmek,
				BigInteger.valueOf(7), Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)),
				new X500Principal("CN=127.0.0.1"), serverKey.getPublic())
				.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(FleetOids.ROLE, false, new DERUTF8String(Role.TLS_SERVER.token()))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(vmekKey.getPrivate())));
		KeyStore chain = KeyStore.getInstance("PKCS12");
		chain.load(null, null);
		chain.setKeyEntry("server", serverKey.getPrivate(), PASSWORD,
				new X509Certificate[] { forged, vmek, ca.rootCertificate() });
		KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
		keys.init(chain, PASSWORD);
		SSLContext forgedServer = SSLContext.getInstance("TLSv1.3");
		forgedServer.init(keys.getKeyManagers(), null, null);

		Path file = temp.resolve("crl-fetcher.p12");
		ca.issueUser("fetcher", Role.AUDITOR, file, PASSWORD);
		KeyStore identity = FleetTls.loadIdentity(file, PASSWORD);
		KeyStore anchors = KeyStore.getInstance("PKCS12");
		anchors.load(null, null);
		anchors.setCertificateEntry("fleet-root", ca.rootCertificate());
		TrustManagerFactory before = TrustManagerFactory.getInstance("PKIX");
		before.init(anchors);
		SSLContext oldBootstrap = SSLContext.getInstance("TLSv1.3");
		oldBootstrap.init(keys.getKeyManagers(), before.getTrustManagers(), null);
		assertNull(handshake(oldBootstrap, forgedServer), "the old bootstrap accepted the VMEK-signed server");

		Exception refused = handshake(FleetTls.crlFetchContext(identity, PASSWORD, ca.rootCertificate()), forgedServer);
		assertInstanceOf(SSLException.class, refused);
		assertTrue(rootCause(refused).getMessage().contains("not valid under the fleet root")
				|| refused.getMessage().contains("not valid under the fleet root"), refused.toString());
	}

	/** A bare handshake with a server that asks for no client certificate; the client's failure, or null. */
	private static Exception handshake(SSLContext client, SSLContext serverContext) throws Exception {
		try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0, 1,
				InetAddress.getLoopbackAddress())) {
			listener.setSoTimeout(TIMEOUT_MS);
			Future<?> served = executor.submit(() -> {
				try (SSLSocket socket = (SSLSocket) listener.accept()) {
					socket.setSoTimeout(TIMEOUT_MS);
					socket.startHandshake();
				}
				return null;
			});
			try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket("127.0.0.1", listener.getLocalPort())) {
				socket.setSoTimeout(TIMEOUT_MS);
				socket.startHandshake();
				return null;
			} catch (Exception e) {
				return e;
			} finally {
				try {
					served.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
				} catch (ExecutionException serverSawTheRefusal) {
					// the client's alert ends the server's handshake too
				}
			}
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}
}
