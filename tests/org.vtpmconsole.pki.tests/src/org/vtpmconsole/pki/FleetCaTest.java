package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCaTest {

	@TempDir
	Path temp;

	@Test
	void wrongPassphraseIsRefusedAndChangesNothing() throws Exception {
		Path directory = temp.resolve("ca");
		try (FleetCa ca = TestCa.create(directory)) {
			ca.issue(CertificateRequest.builder("host1", Role.AIK, TestCa.rsa2048().getPublic()).tpmName(TestCa.tpmName())
					.build());
		}
		Files.write(directory.resolve(".crl.der.tmp-0123"), new byte[] { 1, 2, 3 }); // would be cleaned by a good open
		Map<Path, String> before = snapshot(directory);

		WrongPassphraseException refused = assertThrows(WrongPassphraseException.class,
				() -> FleetCa.open(directory, "not the passphrase".toCharArray()));

		assertTrue(refused.getMessage().contains("wrong passphrase"));
		assertEquals(before, snapshot(directory));
		try (FleetCa reopened = TestCa.reopen(directory)) {
			assertEquals(1, reopened.list(CertificateFilter.any()).size());
		}
	}

	@Test
	void rootKeyIsStoredEncryptedOnlyAndPassphraseNowhere() throws Exception {
		Path directory = temp.resolve("ca");
		try (FleetCa ca = TestCa.create(directory)) {
			ca.issueUser("alice", Role.ADMIN, temp.resolve("alice.p12"), "p12 password".toCharArray());
		}
		EncryptedPrivateKeyInfo stored = EncryptedPrivateKeyInfo
				.getInstance(Files.readAllBytes(directory.resolve("root-key.p8")));
		assertEquals(PKCSObjectIdentifiers.id_PBES2, stored.getEncryptionAlgorithm().getAlgorithm());
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				assertFalse(content.contains(new String(TestCa.passphrase())), file.toString());
				assertFalse(content.contains("PRIVATE KEY"), file.toString());
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
			}
		}
	}

	@Test
	void initRefusesShortPassphraseAndNonEmptyDirectory() throws Exception {
		assertThrows(PkiException.class, () -> FleetCa.init(temp.resolve("a"), "short".toCharArray(), CaOptions.defaults()));
		Files.createDirectories(temp.resolve("b"));
		Files.writeString(temp.resolve("b/x"), "x");
		PkiException refused = assertThrows(PkiException.class, () -> TestCa.create(temp.resolve("b")));
		assertTrue(refused.getMessage().contains("not empty"));
		assertThrows(PkiException.class, () -> TestCa.reopen(temp.resolve("b")));
	}

	@Test
	void directoryIsLockedWhileOpen() throws Exception {
		Path directory = temp.resolve("ca");
		try (FleetCa ca = TestCa.create(directory)) {
			PkiException refused = assertThrows(PkiException.class, () -> TestCa.reopen(directory));
			assertTrue(refused.getMessage().contains("already open"));
		}
	}

	@Test
	void restartLosesNothingAndSerialsNeverRepeat() throws Exception {
		Path directory = temp.resolve("ca");
		Set<BigInteger> serials = new HashSet<>();
		BigInteger revoked;
		BigInteger crlNumber;
		try (FleetCa ca = TestCa.create(directory)) {
			for (Role role : List.of(Role.RSA_MIG, Role.AIK, Role.VMEK)) {
				serials.add(ca.issue(CertificateRequest.builder("host1.example", role, TestCa.rsa2048().getPublic())
						.tpmName(TestCa.tpmName()).build()).serial());
			}
			serials.add(ca.issueTlsServer("host1.example", List.of("10.0.0.1"), temp.resolve("h1.p12"),
					"pw".toCharArray()).serial());
			revoked = ca.requestCert("host1.example", Role.AIK).orElseThrow().serial();
			ca.revoke(revoked, RevocationReason.KEY_COMPROMISE);
			crlNumber = Crls.number(ca.currentCrl());
		}
		try (FleetCa ca = TestCa.reopen(directory)) {
			List<IssuedCertificate> all = ca.list(CertificateFilter.any());
			assertEquals(serials, all.stream().map(IssuedCertificate::serial).collect(Collectors.toSet()));
			assertEquals(CertificateStatus.REVOKED, ca.status(revoked));
			assertEquals(RevocationReason.KEY_COMPROMISE, ca.find(revoked).orElseThrow().revocationReason().orElseThrow());
			X509CRL crl = ca.currentCrl();
			assertEquals(crlNumber, Crls.number(crl));
			assertTrue(crl.getRevokedCertificate(revoked) != null);
			assertTrue(ca.requestCert("host1.example", Role.AIK).isEmpty());
			assertEquals("10.0.0.1", ca.requestCert("10.0.0.1", Role.TLS_SERVER).orElseThrow().alternativeNames().get(1));

			for (int i = 0; i < 5; i++) {
				assertTrue(serials.add(ca.issue(CertificateRequest.builder("host2.example", Role.RSA_MIG,
						TestCa.rsa2048().getPublic()).tpmName(TestCa.tpmName()).build()).serial()));
			}
			assertEquals(9, ca.list(CertificateFilter.any()).size());
			assertEquals(5, ca.list(CertificateFilter.any().host("HOST2.example").role(Role.RSA_MIG)).size());
			assertEquals(1, ca.list(CertificateFilter.any().status(CertificateStatus.REVOKED)).size());
			assertTrue(ca.verifyLog().intact());
			assertEquals(10, ca.verifyLog().entries()); // 9 issued + 1 revoked
		}
	}

	@Test
	void revocationIsFinalAndPublishedAtOnce() throws Exception {
		try (FleetCa ca = TestCa.create(temp.resolve("ca"))) {
			KeyPair key = TestCa.rsa2048();
			IssuedCertificate issued = ca.issue(CertificateRequest.builder("bob", Role.APPROVER, key.getPublic()).build());
			BigInteger before = Crls.number(ca.currentCrl());

			ca.revoke(issued.serial(), RevocationReason.PRIVILEGE_WITHDRAWN);

			X509CRL crl = ca.currentCrl();
			assertEquals(before.add(BigInteger.ONE), Crls.number(crl));
			assertEquals(CRLReason.PRIVILEGE_WITHDRAWN,
					crl.getRevokedCertificate(issued.serial()).getRevocationReason());
			Crls.check(crl, ca.rootCertificate(), Instant.now());
			assertThrows(PkiException.class, () -> ca.revoke(issued.serial(), RevocationReason.UNSPECIFIED));
			assertThrows(PkiException.class, () -> ca.revoke(BigInteger.TEN, RevocationReason.UNSPECIFIED));
		}
	}

	@Test
	void validityBeyondTheRootIsRefused() throws Exception {
		try (FleetCa ca = TestCa.create(temp.resolve("ca"))) {
			Instant now = Instant.now();
			CertificateRequest tooLong = CertificateRequest.builder("carol", Role.AUDITOR, TestCa.rsa2048().getPublic())
					.validity(now, now.plus(Duration.ofDays(100 * 365))).build();
			assertThrows(PkiException.class, () -> ca.issue(tooLong));
		}
	}

	/** Every file's path and content, to show that nothing changed. */
	static Map<Path, String> snapshot(Path directory) throws IOException {
		Map<Path, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(directory)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(directory.relativize(file), HexFormat.of().formatHex(Files.readAllBytes(file)));
			}
		}
		return files;
	}
}
