package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash at any point of a write leaves the store as it was before that write, or completes it. */
class CrashRecoveryTest {

	@TempDir
	Path temp;
	Path directory;
	List<IssuedCertificate> issued;

	@BeforeEach
	void storeWithTwoCertificates() throws Exception {
		directory = temp.resolve("ca");
		try (FleetCa ca = TestCa.create(directory)) {
			issued = List.of(
					ca.issue(CertificateRequest.builder("host1", Role.AIK, TestCa.rsa2048().getPublic())
							.tpmName(TestCa.tpmName()).build()),
					ca.issue(CertificateRequest.builder("host1", Role.RSA_MIG, TestCa.rsa2048().getPublic())
							.tpmName(TestCa.tpmName()).build()));
		}
	}

	private Path certs() {
		return directory.resolve("certs");
	}

	private Path record(IssuedCertificate certificate, String extension) {
		return certs().resolve(certificate.serialHex() + extension);
	}

	private static void truncatedCopy(Path source, Path target) throws Exception {
		byte[] content = Files.readAllBytes(source);
		Files.write(target, Arrays.copyOf(content, content.length / 2));
	}

	@Test
	void leftoverTemporaryFilesAreIgnoredAndRemoved() throws Exception {
		IssuedCertificate first = issued.get(0);
		truncatedCopy(record(first, ".properties"), certs().resolve("." + first.serialHex() + ".properties.tmp-1a2b"));
		truncatedCopy(record(first, ".der"), certs().resolve(".ABCDEF.der.tmp-3c4d"));
		truncatedCopy(directory.resolve("crl.der"), directory.resolve(".crl.der.tmp-5e6f"));
		Files.write(directory.resolve(".issuance.log.head.tmp-7a8b"), new byte[0]);

		try (FleetCa ca = TestCa.reopen(directory)) {
			assertEquals(issued.stream().map(IssuedCertificate::serial).sorted().toList(),
					ca.list(CertificateFilter.any()).stream().map(IssuedCertificate::serial).sorted().toList());
			for (IssuedCertificate original : issued) {
				assertEquals(original.certificate(), ca.find(original.serial()).orElseThrow().certificate());
			}
			Crls.check(ca.currentCrl(), ca.rootCertificate(), Instant.now());
			assertTrue(ca.verifyLog().intact());
		}
		try (Stream<Path> files = Stream.concat(Files.list(directory), Files.list(certs()))) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().contains(".tmp-")));
		}
	}

	@Test
	void certificateWithoutCommittedMetadataWasNeverIssued() throws Exception {
		// crash between writing the DER and its metadata: the DER exists, the record does not
		Files.copy(record(issued.get(0), ".der"), certs().resolve("ABCDEF.der"));
		try (FleetCa ca = TestCa.reopen(directory)) {
			assertEquals(2, ca.list(CertificateFilter.any()).size());
			assertTrue(ca.find(new java.math.BigInteger("ABCDEF", 16)).isEmpty());
		}
	}

	@Test
	void tornLogLineIsCut() throws Exception {
		Path log = directory.resolve("issuance.log");
		Files.write(log, "seq=3\ttime=2025-01-01T00:00:00Z\tevent=iss".getBytes(StandardCharsets.UTF_8),
				StandardOpenOption.APPEND);
		try (FleetCa ca = TestCa.reopen(directory)) {
			LogVerification verification = ca.verifyLog();
			assertTrue(verification.intact(), verification.problem());
			assertEquals(2, verification.entries());
			ca.issue(CertificateRequest.builder("host2", Role.AIK, TestCa.rsa2048().getPublic()).tpmName(TestCa.tpmName())
					.build());
			assertTrue(ca.verifyLog().intact());
		}
	}

	@Test
	void logLineWrittenBeforeTheHeadMovedIsAdopted() throws Exception {
		Path head = directory.resolve("issuance.log.head");
		byte[] headBefore = Files.readAllBytes(head);
		try (FleetCa ca = TestCa.reopen(directory)) {
			ca.issue(CertificateRequest.builder("host2", Role.AIK, TestCa.rsa2048().getPublic()).tpmName(TestCa.tpmName())
					.build());
		}
		Files.write(head, headBefore); // crash after the log line, before the head
		try (FleetCa ca = TestCa.reopen(directory)) {
			LogVerification verification = ca.verifyLog();
			assertTrue(verification.intact(), verification.problem());
			assertEquals(3, verification.entries());
		}
	}

	@Test
	void revocationLoggedButNotStoredIsCompletedOnOpen() throws Exception {
		IssuedCertificate victim = issued.get(1);
		byte[] metadataBefore = Files.readAllBytes(record(victim, ".properties"));
		byte[] crlBefore = Files.readAllBytes(directory.resolve("crl.der"));
		try (FleetCa ca = TestCa.reopen(directory)) {
			ca.revoke(victim.serial(), RevocationReason.KEY_COMPROMISE);
		}
		// crash right after the log line: neither the record nor the CRL were written
		Files.write(record(victim, ".properties"), metadataBefore);
		Files.write(directory.resolve("crl.der"), crlBefore);

		try (FleetCa ca = TestCa.reopen(directory)) {
			assertEquals(CertificateStatus.REVOKED, ca.status(victim.serial()));
			assertEquals(RevocationReason.KEY_COMPROMISE, ca.find(victim.serial()).orElseThrow().revocationReason()
					.orElseThrow());
			assertNotNull(ca.currentCrl().getRevokedCertificate(victim.serial()));
			assertTrue(ca.verifyLog().intact());
		}
	}

	@Test
	void damagedCommittedRecordIsReportedNotHidden() throws Exception {
		IssuedCertificate victim = issued.get(0);
		truncatedCopy(record(victim, ".der"), record(victim, ".der"));
		PkiException refused = assertThrows(PkiException.class, () -> TestCa.reopen(directory));
		assertTrue(refused.getMessage().contains(victim.serialHex()), refused.getMessage());
	}
}
