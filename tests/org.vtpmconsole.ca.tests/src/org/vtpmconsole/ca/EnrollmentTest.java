package org.vtpmconsole.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.pki.FleetOids;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.TpmNames;
import org.vtpmconsole.pki.enroll.ActivationChallenge;
import org.vtpmconsole.pki.enroll.EnrollmentEvidence;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.tpm.KeyNames;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.HostKeyCertificates;

/**
 * SPEC §7 end to end: two swtpm hosts enroll RSA_mig, AIK and VMEK through the real CA server over mutual TLS on
 * 127.0.0.1, and every forged or replayed request is refused with its own reason.
 */
class EnrollmentTest {

	/** Each TPM is one host: the CA pins a host to its EK and an EK to its host. */
	private static final String A = "host-a.fleet.test";
	private static final String B = TestCa.AGENT_HOST;

	@TempDir
	static Path temp;
	static TestCa fleet;
	static ProvisionedSwtpm hostA;
	static ProvisionedSwtpm hostB;
	static CaClient admin;

	@BeforeAll
	static void start() throws Exception {
		fleet = new TestCa(temp);
		hostA = ProvisionedSwtpm.start();
		hostB = ProvisionedSwtpm.start();
		admin = fleet.client("admin");
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable open : new AutoCloseable[] { hostA, hostB, fleet }) {
			try {
				if (open != null) {
					open.close();
				}
			} catch (Exception e) {
				// keep closing the rest
			}
		}
	}

	@Test
	void twoHostsEnrollAllThreeKeysAndVerifiersAcceptThem() throws Exception {
		List<Long> millis = new ArrayList<>();
		for (ProvisionedSwtpm host : List.of(hostA, hostB)) {
			String name = host == hostA ? A : B;
			for (Role role : List.of(Role.RSA_MIG, Role.AIK, Role.VMEK)) {
				long started = System.nanoTime();
				X509Certificate certificate = enroll(admin, host.tpm, name, role);
				millis.add((System.nanoTime() - started) / 1_000_000);
				assertArrayEquals(host.tpm.name(HostEnrollment.keyOf(role)), fleetChecked(certificate, role, name),
						name + " " + role);
				CertificateInfo current = admin.requestCert(name, role);
				assertEquals(certificate.getSerialNumber(), new BigInteger(current.serial(), 16));
			}
		}
		System.out.println("enrollment end to end, ms per key (rsa-mig, aik, vmek on two hosts): " + millis);
		assertTrue(admin.list(Optional.of(B), Optional.of(Role.AIK), Optional.empty()).certificates().stream()
				.allMatch(info -> info.subject().equals(B) && info.role().equals("aik")));
	}

	@Test
	void aCsrSignedByAnotherKeyIsRefused() throws Exception {
		EnrollmentEvidence honest = evidence(A, Role.RSA_MIG);
		KeyPair other = rsa();
		byte[] forged = new PKCS10CertificationRequestBuilder(new X500Name("CN=host-a.fleet.test"),
				SubjectPublicKeyInfo.getInstance(hostA.tpm.publicKey(KeyRole.RSA_MIG).getEncoded()))
				.addAttribute(FleetOids.ENROLLMENT_NONCE, new DEROctetString(honest.nonce()))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(other.getPrivate())).getEncoded();
		assertRefused("proof_of_possession_failed", "not signed by the key", with(honest, forged, null));
	}

	@Test
	void anEkOtherThanTheHostsFirstIsRefused() throws Exception {
		enroll(admin, hostA.tpm, A, Role.RSA_MIG);
		EnrollmentEvidence fromB = new HostEnrollment(hostB.tpm).evidence(A, Role.RSA_MIG, admin.nonce().nonce());
		assertRefused("ek_mismatch", "enrolled with first", fromB);
		enroll(admin, hostB.tpm, B, Role.RSA_MIG);
		EnrollmentEvidence aAsB = new HostEnrollment(hostA.tpm).evidence("host-c.fleet.test", Role.RSA_MIG,
				admin.nonce().nonce());
		assertRefused("ek_mismatch", "already enrolled for host " + A, aAsB);
		EnrollmentEvidence foreignCertificate = evidence(A, Role.VMEK);
		assertRefused("ek_mismatch", "another key", new EnrollmentEvidence(foreignCertificate.host(),
				foreignCertificate.role(), foreignCertificate.nonce(), foreignCertificate.publicArea(),
				foreignCertificate.csr(), null, null, foreignCertificate.ekPublic(), selfSigned(rsa())));
	}

	/** Case and the root's trailing dot do not make another host: one pin, one subject, one request_cert. */
	@Test
	void everySpellingOfAHostIsOneIdentity() throws Exception {
		X509Certificate certificate = enroll(admin, hostA.tpm, "Host-A.Fleet.TEST.", Role.VMEK);
		assertEquals("CN=" + A, certificate.getSubjectX500Principal().getName());
		assertEquals(certificate.getSerialNumber(), new BigInteger(admin.requestCert(A, Role.VMEK).serial(), 16));
		assertRefused("ek_mismatch", "EK host " + A + " enrolled with first",
				new HostEnrollment(hostB.tpm).evidence("HOST-A.FLEET.TEST.", Role.VMEK, admin.nonce().nonce()));
		assertRefused("ek_mismatch", "already enrolled for host " + A,
				new HostEnrollment(hostA.tpm).evidence("Host-D.fleet.test.", Role.VMEK, admin.nonce().nonce()));
		assertRefused("malformed_request", "ambiguous IPv4", evidence("010.0.0.1", Role.VMEK));
	}

	@Test
	void aReplayedNonceIsRefused() throws Exception {
		EnrollmentEvidence evidence = evidence(A, Role.VMEK);
		admin.challenge(evidence);
		assertRefused("nonce_invalid", "already used", evidence);
		EnrollmentEvidence invented = new EnrollmentEvidence(A, Role.AIK, new byte[32],
				evidence.publicArea(), null, null, null, evidence.ekPublic(), null);
		assertRefused("nonce_invalid", "not issued", invented);
	}

	@Test
	void aCredentialMeantForAnotherTpmDoesNotActivate() throws Exception {
		EnrollmentEvidence evidence = evidence(A, Role.RSA_MIG);
		ActivationChallenge challenge = admin.challenge(evidence).challenge();
		PkiException refused = assertThrows(PkiException.class,
				() -> new HostEnrollment(hostB.tpm).prove(Role.RSA_MIG, challenge));
		assertTrue(refused.getMessage().contains("does not activate on this TPM"), refused.getMessage());
		// the TPM it was meant for still activates it, and only its proof gets the certificate
		byte[] proof = new HostEnrollment(hostA.tpm).prove(Role.RSA_MIG, challenge);
		X509Certificate certificate = admin.activate(challenge.requestId(), proof).x509();
		assertArrayEquals(hostA.tpm.name(KeyRole.RSA_MIG), fleetChecked(certificate, Role.RSA_MIG, A));
		ApiCallException replayed = assertThrows(ApiCallException.class,
				() -> admin.activate(challenge.requestId(), proof));
		assertEquals("challenge_invalid", replayed.code(), replayed.getMessage());
	}

	/**
	 * The attack the two steps stop: a requester holding a real TPM's EK public area (host C's, not yet enrolled) and a
	 * key of its own that claims to live in that TPM, with a valid CSR. Before, the CA issued at once and request_cert
	 * served the certificate; now it only gets a challenge it cannot answer, and nothing is issued, logged or pinned.
	 */
	@Test
	void aRequesterThatCannotActivateGetsNothing() throws Exception {
		String victim = "host-c.fleet.test";
		try (ProvisionedSwtpm hostC = ProvisionedSwtpm.start()) {
			byte[] ekOfC = hostC.tpm.publicArea(KeyRole.EK).encoded();
			int logged = issuedLines();
			ActivationChallenge skipped = admin.challenge(softwareKeyClaim(victim, ekOfC)).challenge();
			assertEquals(32, skipped.requestId().length);
			assertNothingIssuedFor(victim, logged);
			ActivationChallenge guessed = admin.challenge(softwareKeyClaim(victim, ekOfC)).challenge();
			ApiCallException refused = assertThrows(ApiCallException.class,
					() -> admin.activate(guessed.requestId(), new byte[32]));
			assertEquals(403, refused.status());
			assertEquals("activation_failed", refused.code());
			assertTrue(refused.getMessage().contains("did not activate"), refused.getMessage());
			// one answer per request: after a wrong proof the request is gone
			ApiCallException again = assertThrows(ApiCallException.class,
					() -> admin.activate(guessed.requestId(), new byte[32]));
			assertEquals("challenge_invalid", again.code());
			assertNothingIssuedFor(victim, logged);
			// nor did the unproven requests pin C's EK to the victim's name: C's own TPM enrolls under another name
			enroll(admin, hostC.tpm, "host-c2.fleet.test", Role.AIK);
		}
	}

	@Test
	void aMigratableKeyOfferedAsRsaMigIsRefused() throws Exception {
		KeyPair software = rsa();
		byte[] area = KeyNames.expectedPublicArea(KeyRole.RSA_MIG, (RSAPublicKey) software.getPublic());
		area[7] &= ~0x02; // TPMA_OBJECT (bytes 4-7, big-endian): clear fixedTPM
		byte[] nonce = admin.nonce().nonce();
		byte[] csr = new PKCS10CertificationRequestBuilder(new X500Name("CN=host-a.fleet.test"),
				SubjectPublicKeyInfo.getInstance(software.getPublic().getEncoded()))
				.addAttribute(FleetOids.ENROLLMENT_NONCE, new DEROctetString(nonce))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(software.getPrivate())).getEncoded();
		assertRefused("migratable_key", "fixedTPM and fixedParent", new EnrollmentEvidence(A,
				Role.RSA_MIG, nonce, area, csr, null, null, hostA.tpm.publicArea(KeyRole.EK).encoded(), null));
	}

	@Test
	void aKeyOfferedForAnotherRoleIsRefused() throws Exception {
		EnrollmentEvidence aik = evidence(A, Role.AIK);
		assertRefused("wrong_role", "restricted sign", new EnrollmentEvidence(aik.host(), Role.RSA_MIG, aik.nonce(),
				aik.publicArea(), null, aik.certifyAttest(), aik.certifySignature(), aik.ekPublic(), null));
		ApiCallException auditor = assertThrows(ApiCallException.class,
				() -> enroll(fleet.client("auditor"), hostA.tpm, A, Role.VMEK));
		assertEquals(403, auditor.status());
		assertEquals("wrong_role", auditor.code());
		ApiCallException agent = assertThrows(ApiCallException.class,
				() -> enroll(fleet.client("agent"), hostA.tpm, A, Role.VMEK));
		assertEquals("foreign_host", agent.code(), agent.getMessage());
	}

	@Test
	void anAgentEnrollsItsOwnHost() throws Exception {
		X509Certificate aik = enroll(fleet.client("agent"), hostB.tpm, B, Role.AIK);
		assertEquals(Role.AIK, org.vtpmconsole.pki.Roles.of(aik));
	}

	@Test
	void aRevokedCertificateIsRejectedByVerifiers() throws Exception {
		X509Certificate certificate = enroll(admin, hostA.tpm, A, Role.VMEK);
		admin.revoke(certificate.getSerialNumber().toString(16), RevocationReason.KEY_COMPROMISE);
		ChainVerification refused = HostKeyCertificates.verify(certificate, Role.VMEK, A,
				CertificateTrust.of(fleet.rootCertificate(), crl()), Instant.now());
		assertFalse(refused.isValid());
		assertTrue(refused.summary().contains("revocation: revoked on") && refused.summary().contains("KEY_COMPROMISE"),
				refused.summary());
		ApiCallException again = assertThrows(ApiCallException.class,
				() -> admin.revoke(certificate.getSerialNumber().toString(16), RevocationReason.SUPERSEDED));
		assertEquals(409, again.status());
	}

	@Test
	void aRestartBetweenIssuancesLosesNothing() throws Exception {
		X509Certificate before = enroll(admin, hostB.tpm, B, Role.RSA_MIG);
		fleet.restart();
		admin = fleet.client("admin");
		X509Certificate after = enroll(admin, hostB.tpm, B, Role.VMEK);
		assertEquals(before.getSerialNumber(),
				new BigInteger(admin.requestCert(B, Role.RSA_MIG).serial(), 16));
		assertEquals(after.getSerialNumber(),
				new BigInteger(admin.requestCert(B, Role.VMEK).serial(), 16));
		// the EK pin survived too: another TPM for the same host is still refused
		assertRefused("ek_mismatch", "enrolled with first", new HostEnrollment(hostA.tpm)
				.evidence(B, Role.AIK, admin.nonce().nonce()));
	}

	private EnrollmentEvidence evidence(String host, Role role) throws Exception {
		return new HostEnrollment(hostA.tpm).evidence(host, role, admin.nonce().nonce());
	}

	private static EnrollmentEvidence with(EnrollmentEvidence e, byte[] csr, byte[] ekCertificate) {
		return new EnrollmentEvidence(e.host(), e.role(), e.nonce(), e.publicArea(), csr, e.certifyAttest(),
				e.certifySignature(), e.ekPublic(), ekCertificate);
	}

	private static void assertRefused(String code, String because, EnrollmentEvidence evidence) {
		ApiCallException refused = assertThrows(ApiCallException.class, () -> admin.challenge(evidence));
		assertEquals(code, refused.code(), refused.getMessage());
		assertTrue(refused.getMessage().contains(because), refused.getMessage());
		assertTrue(refused.status() == 400 || refused.status() == 403, "status " + refused.status());
	}

	/** The relying party's check (the one fleet chain and CRL check); the certified TPM name when it passes. */
	private static byte[] fleetChecked(X509Certificate certificate, Role role, String host) throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(certificate, role, host,
				CertificateTrust.of(fleet.rootCertificate(), crl()), Instant.now());
		assertTrue(verdict.isValid(), verdict.summary());
		return TpmNames.of(certificate).orElseThrow();
	}

	private static X509CRL crl() throws Exception {
		return (X509CRL) CertificateFactory.getInstance("X.509")
				.generateCRL(new ByteArrayInputStream(admin.crl().crl()));
	}

	private static KeyPair rsa() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static byte[] selfSigned(KeyPair pair) throws Exception {
		X500Name name = new X500Name("CN=not this TPM's EK");
		return new JcaX509v3CertificateBuilder(name, BigInteger.TEN, new Date(), new Date(System.currentTimeMillis()
				+ 86_400_000L), name, pair.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())).getEncoded();
	}

	/** The whole host side: nonce, evidence, challenge, activation and proof. */
	private static X509Certificate enroll(CaClient client, TssHostTpm tpm, String host, Role role)
			throws ApiCallException, PkiException, TpmException {
		return client.enroll(new HostEnrollment(tpm), host, role, fleet.rootCertificate());
	}

	/** Evidence for a software RSA key presented as a TPM's key: a valid CSR, that TPM's real EK, no way to activate. */
	private static EnrollmentEvidence softwareKeyClaim(String host, byte[] ekPublic) throws Exception {
		KeyPair software = rsa();
		byte[] area = KeyNames.expectedPublicArea(KeyRole.RSA_MIG, (RSAPublicKey) software.getPublic());
		byte[] nonce = admin.nonce().nonce();
		byte[] csr = new PKCS10CertificationRequestBuilder(new X500Name("CN=" + host),
				SubjectPublicKeyInfo.getInstance(software.getPublic().getEncoded()))
				.addAttribute(FleetOids.ENROLLMENT_NONCE, new DEROctetString(nonce))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(software.getPrivate())).getEncoded();
		return new EnrollmentEvidence(host, Role.RSA_MIG, nonce, area, csr, null, null, ekPublic, null);
	}

	private static void assertNothingIssuedFor(String host, int issuedLinesBefore) throws Exception {
		ApiCallException none = assertThrows(ApiCallException.class, () -> admin.requestCert(host, Role.RSA_MIG),
				"request_cert served a certificate for a key whose credential was never activated");
		assertEquals(404, none.status());
		assertTrue(admin.list(Optional.of(host), Optional.empty(), Optional.empty()).certificates().isEmpty());
		assertEquals(issuedLinesBefore, issuedLines(), "the issuance log recorded an unproven request");
	}

	private static int issuedLines() throws Exception {
		return (int) Files.readAllLines(fleet.directory.resolve("ca").resolve("issuance.log")).stream()
				.filter(line -> line.contains("event=issue")).count();
	}
}
