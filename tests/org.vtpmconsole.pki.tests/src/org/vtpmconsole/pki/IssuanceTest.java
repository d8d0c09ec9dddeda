package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuanceTest {

	// X509Certificate.getKeyUsage() indexes
	private static final int DIGITAL_SIGNATURE = 0;
	private static final int KEY_ENCIPHERMENT = 2;
	private static final int KEY_CERT_SIGN = 5;

	@TempDir
	static Path temp;
	static FleetCa ca;
	static KeyPair key;

	@BeforeAll
	static void createCa() throws Exception {
		ca = TestCa.create(temp.resolve("ca"));
		key = TestCa.rsa2048();
	}

	@AfterAll
	static void closeCa() {
		ca.close();
	}

	private static X509Certificate issueTpmKey(Role role, byte[] tpmName) throws Exception {
		X509Certificate certificate = ca
				.issue(CertificateRequest.builder("host1.example", role, key.getPublic()).tpmName(tpmName).build())
				.certificate();
		certificate.verify(ca.rootCertificate().getPublicKey());
		return certificate;
	}

	@Test
	void rsaMigSignsAndUnwraps() throws Exception {
		byte[] name = TestCa.tpmName();
		X509Certificate certificate = issueTpmKey(Role.RSA_MIG, name);
		assertEquals(Role.RSA_MIG, Roles.of(certificate));
		assertArrayEquals(name, TpmNames.of(certificate).orElseThrow());
		assertEquals(List.of(DIGITAL_SIGNATURE, KEY_ENCIPHERMENT), usages(certificate));
		assertEquals(-1, certificate.getBasicConstraints());
		assertNull(certificate.getExtendedKeyUsage());
		assertEquals("CN=host1.example", certificate.getSubjectX500Principal().getName());
	}

	@Test
	void aikOnlySigns() throws Exception {
		X509Certificate certificate = issueTpmKey(Role.AIK, TestCa.tpmName());
		assertEquals(Role.AIK, Roles.of(certificate));
		assertEquals(List.of(DIGITAL_SIGNATURE), usages(certificate));
		assertEquals(-1, certificate.getBasicConstraints());
	}

	@Test
	void vmekIsACaForVeksOnly() throws Exception {
		X509Certificate certificate = issueTpmKey(Role.VMEK, TestCa.tpmName());
		assertEquals(Role.VMEK, Roles.of(certificate));
		assertEquals(List.of(KEY_CERT_SIGN), usages(certificate));
		assertEquals(0, certificate.getBasicConstraints());
		assertTrue(TpmNames.of(certificate).isPresent());
	}

	@Test
	void tlsServerNamesItsHostsAndServesBothSides() throws Exception {
		IssuedCertificate issued = ca.issueTlsServer("agent1.example", List.of("192.0.2.7", "::1"),
				temp.resolve("agent1.p12"), "pw".toCharArray());
		X509Certificate certificate = issued.certificate();
		assertEquals(Role.TLS_SERVER, Roles.of(certificate));
		assertEquals(List.of(DIGITAL_SIGNATURE), usages(certificate));
		assertEquals(List.of(KeyPurposeId.id_kp_serverAuth.getId(), KeyPurposeId.id_kp_clientAuth.getId()),
				certificate.getExtendedKeyUsage());
		assertEquals(List.of(List.of(2, "agent1.example"), List.of(7, "192.0.2.7"), List.of(7, "0:0:0:0:0:0:0:1")),
				List.copyOf(certificate.getSubjectAlternativeNames()));
		assertTrue(TpmNames.of(certificate).isEmpty());
	}

	@Test
	void usersAreClientsWithTheirRole() throws Exception {
		for (Role role : List.of(Role.ADMIN, Role.APPROVER, Role.AUDITOR)) {
			X509Certificate certificate = ca.issueUser("Jane Doe", role, temp.resolve(role.token() + ".p12"),
					"pw".toCharArray()).certificate();
			assertEquals(role, Roles.of(certificate));
			assertEquals(List.of(KeyPurposeId.id_kp_clientAuth.getId()), certificate.getExtendedKeyUsage());
			assertEquals(List.of(DIGITAL_SIGNATURE), usages(certificate));
			assertNull(certificate.getSubjectAlternativeNames());
			assertEquals("CN=Jane Doe", certificate.getSubjectX500Principal().getName());
		}
	}

	@Test
	void keyIdentifiersLinkToTheRoot() throws Exception {
		X509Certificate certificate = issueTpmKey(Role.AIK, TestCa.tpmName());
		byte[] rootSki = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
				ca.rootCertificate().getExtensionValue(Extension.subjectKeyIdentifier.getId()))).getKeyIdentifier();
		byte[] aki = AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
				certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()))).getKeyIdentifierObject().getOctets();
		assertArrayEquals(rootSki, aki);
		assertTrue(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()) != null);
		assertEquals(1, ca.rootCertificate().getBasicConstraints());
		assertFalse(certificate.getCriticalExtensionOIDs().contains(FleetOids.ROLE.getId()));
	}

	@Test
	void requestsAreValidated() throws Exception {
		var publicKey = key.getPublic();
		assertThrows(IllegalArgumentException.class,
				() -> CertificateRequest.builder("host1", Role.AIK, publicKey).build()); // no TPM name
		assertThrows(IllegalArgumentException.class, () -> CertificateRequest.builder("host1", Role.AIK, publicKey)
				.tpmName(Arrays.copyOf(TestCa.tpmName(), 20)).build()); // digest too short for SHA-256
		assertThrows(IllegalArgumentException.class, () -> CertificateRequest.builder("alice", Role.ADMIN, publicKey)
				.tpmName(TestCa.tpmName()).build());
		assertThrows(IllegalArgumentException.class, () -> CertificateRequest.builder("alice", Role.ADMIN, publicKey)
				.alternativeNames(List.of("alice.example")).build());
		assertThrows(IllegalArgumentException.class,
				() -> CertificateRequest.builder("bad host!", Role.TLS_SERVER, publicKey).build());
		assertThrows(IllegalArgumentException.class,
				() -> CertificateRequest.builder("line\nbreak", Role.AUDITOR, publicKey).build());
		KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
		small.initialize(1024);
		var weak = small.generateKeyPair().getPublic();
		assertThrows(IllegalArgumentException.class, () -> CertificateRequest.builder("alice", Role.ADMIN, weak).build());
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		var ecKey = ec.generateKeyPair().getPublic();
		assertThrows(IllegalArgumentException.class,
				() -> CertificateRequest.builder("host1", Role.RSA_MIG, ecKey).tpmName(TestCa.tpmName()).build());
	}

	private static List<Integer> usages(X509Certificate certificate) {
		boolean[] bits = certificate.getKeyUsage();
		List<Integer> set = new java.util.ArrayList<>();
		for (int i = 0; i < bits.length; i++) {
			if (bits[i]) {
				set.add(i);
			}
		}
		return set;
	}
}
