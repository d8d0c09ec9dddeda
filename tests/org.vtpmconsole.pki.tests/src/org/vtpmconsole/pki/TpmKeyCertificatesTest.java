package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What relying parties refuse in a TPM key's certificate: expired, revoked, wrong role, foreign issuer. */
class TpmKeyCertificatesTest {

	@TempDir
	static Path temp;
	static FleetCa ca;

	@BeforeAll
	static void create() throws PkiException {
		ca = TestCa.create(temp.resolve("ca"));
	}

	@AfterAll
	static void close() {
		ca.close();
	}

	private IssuedCertificate aik(Instant from, Instant until) throws PkiException {
		KeyPair key = TestCa.rsa2048();
		CertificateRequest.Builder request = CertificateRequest.builder("host-a", Role.AIK, key.getPublic())
				.tpmName(TestCa.tpmName());
		return ca.issue(from == null ? request.build() : request.validity(from, until).build());
	}

	private static String refusal(IssuedCertificate issued, Role role) {
		return assertThrows(CertificateException.class, () -> TpmKeyCertificates.verifyIssued(issued.certificate(),
				ca.rootCertificate(), role, Instant.now())).getMessage();
	}

	@Test
	void aCurrentCertificateYieldsItsTpmName() throws Exception {
		IssuedCertificate issued = aik(null, null);
		assertArrayEquals(issued.tpmName().orElseThrow(), TpmKeyCertificates.verifyIssued(issued.certificate(),
				ca.rootCertificate(), Role.AIK, Instant.now()));
	}

	@Test
	void anExpiredCertificateIsRefused() throws Exception {
		Instant now = Instant.now();
		String message = refusal(aik(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))), Role.AIK);
		assertTrue(message.contains("expired"), message);
	}

	@Test
	void anotherRoleIsRefused() throws Exception {
		String message = refusal(aik(null, null), Role.RSA_MIG);
		assertTrue(message.contains("certifies a aik key, not a rsa-mig key"), message);
	}

	@Test
	void aCertificateFromAnotherCaIsRefused() throws Exception {
		try (FleetCa other = FleetCa.init(temp.resolve("other"), TestCa.passphrase(),
				CaOptions.defaults().withCommonName("another fleet"))) {
			IssuedCertificate foreign = other.issue(CertificateRequest.builder("host-a", Role.AIK,
					TestCa.rsa2048().getPublic()).tpmName(TestCa.tpmName()).build());
			String message = refusal(foreign, Role.AIK);
			assertTrue(message.contains("not issued by the fleet root"), message);
		}
	}
}
