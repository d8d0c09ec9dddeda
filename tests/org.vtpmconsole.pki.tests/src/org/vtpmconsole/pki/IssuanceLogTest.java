package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuanceLogTest {

	@TempDir
	Path temp;
	FleetCa ca;
	Path log;

	@BeforeEach
	void caWithFourEvents() throws Exception {
		ca = TestCa.create(temp.resolve("ca"));
		log = temp.resolve("ca/issuance.log");
		for (String user : List.of("alice", "bob", "carol")) {
			IssuedCertificate issued = ca
					.issue(CertificateRequest.builder(user, Role.AUDITOR, TestCa.rsa2048().getPublic()).build());
			if (user.equals("bob")) {
				ca.revoke(issued.serial(), RevocationReason.AFFILIATION_CHANGED);
			}
		}
	}

	@AfterEach
	void close() {
		ca.close();
	}

	private List<String> lines() throws Exception {
		return new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
	}

	private void write(List<String> lines) throws Exception {
		Files.writeString(log, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	@Test
	void intactLogVerifies() throws Exception {
		LogVerification verification = ca.verifyLog();
		assertTrue(verification.intact(), verification.problem());
		assertEquals(4, verification.entries());
		assertTrue(lines().get(2).contains("\tevent=revoke\t"));
		assertTrue(lines().get(0).contains("\tprev=" + IssuanceLog.GENESIS + "\t"));
	}

	@Test
	void editedMiddleLineIsDetected() throws Exception {
		List<String> lines = lines();
		lines.set(1, lines.get(1).replace("subject=bob", "subject=eve"));
		write(lines);
		LogVerification verification = ca.verifyLog();
		assertFalse(verification.intact());
		assertEquals("line 2 is not signed by the fleet root", verification.problem());
	}

	@Test
	void deletedMiddleLineIsDetected() throws Exception {
		List<String> lines = lines();
		lines.remove(2);
		write(lines);
		LogVerification verification = ca.verifyLog();
		assertFalse(verification.intact());
		assertEquals(2, verification.entries());
	}

	@Test
	void truncatedEndIsDetected() throws Exception {
		List<String> lines = lines();
		lines.remove(3);
		write(lines);
		LogVerification verification = ca.verifyLog();
		assertFalse(verification.intact());
		assertTrue(verification.problem().contains("cut off"), verification.problem());
	}

	@Test
	void truncationSurvivesARestart() throws Exception {
		ca.close();
		List<String> lines = lines();
		write(lines.subList(0, 2));
		ca = TestCa.reopen(temp.resolve("ca"));
		assertFalse(ca.verifyLog().intact());
	}
}
