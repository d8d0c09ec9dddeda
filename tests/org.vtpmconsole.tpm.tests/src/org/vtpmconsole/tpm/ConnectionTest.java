package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.verify.SignatureVerifier;

class ConnectionTest {

	@Test
	void malformedNamesAreRefusedWithTheValidForms() {
		String forms = "expected swtpm:HOST:PORT, swtpm-unix:/ABSOLUTE/PATH or device:/dev/tpmrm0";
		assertOpenFails("unknown TPM name 'tpm0'; " + forms, "tpm0");
		assertOpenFails("no TPM name given; " + forms, "");
		assertOpenFails("no TPM name given; " + forms, null);
		assertOpenFails("TPM name 'swtpm:localhost' lacks a host or a port", "swtpm:localhost");
		assertOpenFails("TPM name 'swtpm:localhost:abc': port is not a number", "swtpm:localhost:abc");
		assertOpenFails("TPM name 'swtpm:localhost:65535': port must be 1-65534", "swtpm:localhost:65535");
		assertOpenFails("TPM name 'swtpm-unix:relative/sock': the path must be absolute", "swtpm-unix:relative/sock");
		assertOpenFails("TPM name 'device:': the path must be absolute", "device:");
	}

	@Test
	void namesRoundTrip() {
		for (String name : new String[] { "swtpm:127.0.0.1:2321", "swtpm:[::1]:2321", "swtpm-unix:/run/swtpm.sock",
				"device:/dev/tpmrm0" })
			assertEquals(name, TpmAddress.parse(name).toString());
		assertEquals(2322, TpmAddress.parse("swtpm:h:2321").controlPort());
	}

	@Test
	void unreachableTpmsAreReportedClearly(@TempDir Path dir) throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		assertOpenFails("cannot connect to swtpm at 127.0.0.1:" + closedPort + ": Connection refused",
				"swtpm:127.0.0.1:" + closedPort);
		assertOpenFails("cannot connect to swtpm at unix socket " + dir.resolve("none.sock") + ": no such file",
				"swtpm-unix:" + dir.resolve("none.sock"));
		assertOpenFails("cannot open TPM device /dev/tpmrm-none: no such file", "device:/dev/tpmrm-none");
	}

	@Test
	void aSwtpmBusyWithAnotherClientIsReportedInsteadOfHanging() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm first = swtpm.openHostTpm()) {
			long start = System.nanoTime();
			TpmException busy = assertThrows(TpmException.class, () -> HostTpms.open(swtpm.address()));
			assertTrue(busy.getMessage().contains("did not answer within 5000 ms")
					&& busy.getMessage().contains("one client at a time"), busy.getMessage());
			assertTrue(System.nanoTime() - start < 10_000_000_000L);
			first.info(); // the first client is unaffected
		}
	}

	@Test
	void aTpmThatIsNotStartedIsReportedClearly() throws Exception {
		try (Swtpm swtpm = Swtpm.unstarted()) {
			TpmException refused = assertThrows(TpmException.class, () -> HostTpms.open(swtpm.address()));
			assertTrue(refused.getMessage().startsWith("the TPM at " + swtpm.address() + " is not started"),
					refused.getMessage());
		}
	}

	@Test
	void swtpmOverAUnixSocketWorks() throws Exception {
		try (Swtpm swtpm = Swtpm.unix(); TssHostTpm tpm = swtpm.openHostTpm()) {
			assertTrue(tpm.address().startsWith("swtpm-unix:/"));
			tpm.provision();
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] { 42 });
			assertTrue(SignatureVerifier.verifyDigest(tpm.publicKey(KeyRole.RSA_LOCAL), digest,
					tpm.signSha256(KeyRole.RSA_LOCAL, digest)));
			tpm.close();
			KeyOperationsTest.assertMessage("sign on " + swtpm.address() + ": the connection is closed",
					() -> tpm.signSha256(KeyRole.RSA_LOCAL, digest));
		}
	}

	@Test
	void aStoppedSwtpmGivesAClearErrorOnTheNextCommand() throws Exception {
		try (Swtpm swtpm = Swtpm.tcp(); TssHostTpm tpm = swtpm.openHostTpm()) {
			tpm.provision();
			swtpm.restart(); // our connection dies with the old process
			TpmException lost = assertThrows(TpmException.class, () -> tpm.signSha256(KeyRole.RSA_LOCAL, new byte[32]));
			assertTrue(lost.getMessage().contains("swtpm at 127.0.0.1:" + swtpm.port()), lost.getMessage());
		}
	}

	private static void assertOpenFails(String expectedStart, String name) {
		TpmException thrown = assertThrows(TpmException.class, () -> HostTpms.open(name));
		assertTrue(thrown.getMessage().startsWith(expectedStart), "message was: " + thrown.getMessage());
	}
}
