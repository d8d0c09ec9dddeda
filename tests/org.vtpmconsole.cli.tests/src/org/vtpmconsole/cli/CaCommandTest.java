package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.ca.CaConfig;
import org.vtpmconsole.ca.CaServer;
import org.vtpmconsole.testing.Swtpm;

/** vtpmctl ca and enroll end to end, in process: a real CA server on 127.0.0.1 and a real swtpm host. */
class CaCommandTest {

	private static final String PASSPHRASE = "correct horse battery staple";

	@TempDir
	Path temp;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int vtpmctl(String... args) {
		out.reset();
		err.reset();
		return new Vtpmctl("test", List.of(new TpmCommand(), new LabelCommand(Clock.systemUTC()), new CaCommand(),
				new EnrollCommand())).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path secret(String name, String value) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, value + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	@Test
	void aSecretIsNeverTakenFromTheCommandLine() {
		String dir = temp.resolve("ca").toString();
		assertEquals(Vtpmctl.EXIT_USAGE, vtpmctl("ca", "init", "--dir", dir, "--passphrase", PASSPHRASE));
		assertTrue(err().contains("unknown option --passphrase"), err());
		assertEquals(Vtpmctl.EXIT_USAGE, vtpmctl("ca", "init", "--dir", dir, "--passphrase=" + PASSPHRASE));
		assertFalse(err().contains(PASSPHRASE), err());
		assertEquals(Vtpmctl.EXIT_USAGE, vtpmctl("ca", "init", "--dir", dir));
		assertTrue(err().contains("never taken from the command line"), err());
		assertEquals(Vtpmctl.EXIT_USAGE, vtpmctl("enroll", "--tpm", "swtpm:127.0.0.1:1", "--ca", "https://127.0.0.1:1",
				"--role", "aik", "--host", "h", "--out", dir, "--identity", "x.p12", "--password", "hunter2hunter2"));
		assertFalse(err().contains("hunter2"), err());
		assertFalse(Files.exists(temp.resolve("ca")));
	}

	@Test
	void initIssueEnrollListAndRevoke() throws Exception {
		Path dir = temp.resolve("ca");
		String passphrase = secret("passphrase", PASSPHRASE).toString();
		String password = secret("password", "identity password").toString();
		assertEquals(Vtpmctl.EXIT_OK, vtpmctl("ca", "init", "--dir", dir.toString(), "--passphrase-file", passphrase),
				err());
		assertTrue(out().contains("root SHA-256 fingerprint"), out());
		assertEquals(Vtpmctl.EXIT_OK, vtpmctl("ca", "issue-server", "--dir", dir.toString(), "--host", "127.0.0.1",
				"--alt-names", "localhost", "--out", temp.resolve("ca.p12").toString(), "--passphrase-file", passphrase,
				"--password-file", password), err());
		assertEquals(Vtpmctl.EXIT_OK, vtpmctl("ca", "issue-user", "--dir", dir.toString(), "--name", "alice", "--role",
				"admin", "--out", temp.resolve("admin.p12").toString(), "--passphrase-file", passphrase,
				"--password-file", password), err());
		assertTrue(out().contains("admin certificate"), out());
		Path config = temp.resolve("ca.properties");
		Files.writeString(config, String.join("\n", "ca.directory = ca", "ca.passphrase.file = " + passphrase,
				"tls.identity = ca.p12", "tls.password.file = " + password, "listen.address = 127.0.0.1",
				"listen.port = 0", ""));
		try (CaServer server = CaServer.start(CaConfig.load(config)); Swtpm swtpm = Swtpm.tcp()) {
			String ca = "https://127.0.0.1:" + server.port();
			String[] identity = { "--ca", ca, "--identity", temp.resolve("admin.p12").toString(), "--password-file",
					password };
			assertEquals(Vtpmctl.EXIT_OK, vtpmctl("tpm", "provision", "--tpm", swtpm.address(), "--key-auth", swtpm.keyAuthorizationFile().toString()), err());
			for (String role : List.of("rsa-mig", "aik", "vmek")) {
				assertEquals(Vtpmctl.EXIT_OK, vtpmctl(concat(new String[] { "enroll", "--tpm", swtpm.address(), "--key-auth", swtpm.keyAuthorizationFile().toString(), "--role",
						role, "--host", "host-a.fleet.test", "--out", temp.resolve("host").toString() }, identity)), err());
				assertTrue(Files.isRegularFile(temp.resolve("host").resolve(role + ".der")), role);
			}
			assertEquals(Vtpmctl.EXIT_USAGE, vtpmctl(concat(new String[] { "enroll", "--tpm", swtpm.address(), "--key-auth", swtpm.keyAuthorizationFile().toString(), "--role",
					"admin", "--host", "host-a.fleet.test", "--out", temp.toString() }, identity)));
			assertTrue(err().contains("--role must be rsa-mig, aik or vmek"), err());

			assertEquals(Vtpmctl.EXIT_OK, vtpmctl(concat(new String[] { "ca", "list", "--host", "host-a.fleet.test",
					"--role", "aik" }, identity)), err());
			Matcher serial = Pattern.compile("^([0-9A-F]+)  aik  valid  host-a.fleet.test", Pattern.MULTILINE)
					.matcher(out());
			assertTrue(serial.find(), out());
			assertEquals(Vtpmctl.EXIT_OK, vtpmctl(concat(new String[] { "ca", "revoke", "--serial", serial.group(1),
					"--reason", "key_compromise" }, identity)), err());
			assertTrue(out().contains("revoked") && out().contains("KEY_COMPROMISE"), out());
			assertEquals(Vtpmctl.EXIT_OK, vtpmctl(concat(new String[] { "ca", "list", "--status", "revoked" }, identity)));
			assertTrue(out().contains(serial.group(1)) && out().contains("1 certificate(s)"), out());

			Path crlFile = temp.resolve("fleet.crl");
			assertEquals(Vtpmctl.EXIT_OK, vtpmctl(concat(new String[] { "ca", "crl", "--out", crlFile.toString() },
					identity)), err());
			assertTrue(out().contains("1 revoked") && out().contains("written to " + crlFile), out());
			X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
					.generateCRL(new ByteArrayInputStream(Files.readAllBytes(crlFile)));
			crl.verify(server.rootCertificate().getPublicKey());
			assertTrue(crl.getRevokedCertificate(new BigInteger(serial.group(1), 16)) != null, "the revoked AIK is listed");
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}
}
