package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * {@code vtpmctl cert verify} and the offline {@code label verify --root}: the console's verifier
 * (org.vtpmconsole.verify) from the command line, on two real swtpm hosts and a real FleetCa; a refusal exits 1 with
 * the reason, and "not checked" (no CRL, no approved QEMU) is not valid.
 */
class OfflineVerifyCommandTest {

	private static final String UUID = "49508238-55c0-45a4-b6e5-0f3c1b2a9d11";
	private static Swtpm hostA;
	private static Swtpm hostB;
	private static FleetCa ca;

	@TempDir
	Path dir;
	private String out;
	private String err;

	@BeforeAll
	static void start() throws Exception {
		hostA = Swtpm.tcp();
		hostB = Swtpm.tcp();
		ca = FleetCa.init(Files.createTempDirectory("offline-verify-ca").resolve("ca"),
				"offline verify passphrase".toCharArray(), CaOptions.defaults());
	}

	@AfterAll
	static void stop() {
		ca.close();
		hostA.close();
		hostB.close();
	}

	private int vtpmctl(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Vtpmctl("test", List.of(new TpmCommand(), new LabelCommand(Clock.systemUTC()),
				new CertCommand(Clock.systemUTC()))).run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
						new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	private Path pem(String name, String type, byte[] der) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n-----END "
				+ type + "-----\n");
		return file;
	}

	private Path root() throws Exception {
		return pem("root.pem", "CERTIFICATE", ca.rootCertificate().getEncoded());
	}

	private Path crl() throws Exception {
		return pem("crl.pem", "X509 CRL", ca.currentCrl().getEncoded());
	}

	@Test
	void certVerifyAcceptsTheRootsAikForItsHostOnly() throws Exception {
		assertEquals(0, vtpmctl("tpm", "provision", "--tpm", hostA.address()), err);
		IssuedCertificate aik;
		try (TssHostTpm a = HostTpms.open(hostA.address())) {
			aik = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, a.publicKey(KeyRole.AIK))
					.tpmName(a.name(KeyRole.AIK)).build());
		}
		Path cert = pem("aik.pem", "CERTIFICATE", aik.certificate().getEncoded());
		String root = root().toString();
		String crl = crl().toString();

		assertEquals(0, vtpmctl("cert", "verify", "--cert", cert.toString(), "--root", root, "--crl", crl, "--host",
				"compute-a"), out + err);
		assertTrue(out.contains("certificate VALID") && out.contains("host name") && out.contains("PASSED"), out);

		assertEquals(1, vtpmctl("cert", "verify", "--cert", cert.toString(), "--root", root, "--crl", crl, "--host",
				"compute-b"));
		assertTrue(out.contains("certificate NOT VALID: CN=compute-a: host name: issued for host compute-a, not for"
				+ " compute-b"), out);

		assertEquals(1, vtpmctl("cert", "verify", "--cert", cert.toString(), "--root", root, "--host", "compute-a"));
		assertTrue(out.contains("revocation: not checked: the console has no CRL of the fleet CA"), out);

		assertEquals(2, vtpmctl("cert", "verify", "--cert", dir.resolve("missing.pem").toString(), "--root", root));
		assertTrue(err.contains("--cert: no such file"), err);
	}

	@Test
	void labelVerifyOfflineChecksAMigratingLabelAsTheConsoleDoes() throws Exception {
		assertEquals(0, vtpmctl("tpm", "provision", "--tpm", hostA.address()), err);
		assertEquals(0, vtpmctl("tpm", "provision", "--tpm", hostB.address()), err);
		Path image = dir.resolve("vm.qcow2");
		QemuImg.create(image, "32M").requireOk();
		Path qemu = dir.resolve("qemu-system-x86_64");
		Files.writeString(qemu, "#!/bin/sh\n# stands in for QEMU\n");
		assertEquals(0, vtpmctl("label", "create", "--tpm", hostA.address(), "--image", image.toString(), "--uuid", UUID,
				"--qemu", qemu.toString()), err);
		IssuedCertificate rsaMigA;
		Path peerB = dir.resolve("b.pem");
		try (TssHostTpm a = HostTpms.open(hostA.address()); TssHostTpm b = HostTpms.open(hostB.address())) {
			rsaMigA = ca.issue(CertificateRequest.builder("compute-a", Role.RSA_MIG, a.publicKey(KeyRole.RSA_MIG))
					.tpmName(a.name(KeyRole.RSA_MIG)).build());
			Files.writeString(peerB, LabelCommand.pem(b.publicKey(KeyRole.RSA_MIG)));
		}
		assertEquals(0, vtpmctl("label", "exchange", "--tpm", hostA.address(), "--image", image.toString(), "--to",
				"migrating", "--peer", peerB.toString()), err);
		String certs = pem("rsa-mig-a.pem", "CERTIFICATE", rsaMigA.certificate().getEncoded()).toString();
		String root = root().toString();
		String crl = crl().toString();

		assertEquals(0, vtpmctl("label", "verify", "--image", image.toString(), "--root", root, "--crl", crl, "--host",
				"compute-a", "--certs", certs, "--uuid", UUID, "--qemu", qemu.toString()), out + err);
		assertTrue(out.contains("label VALID") && out.contains("RSA_mig of compute-a (fleet certificate "), out);

		assertEquals(1, vtpmctl("label", "verify", "--image", image.toString(), "--root", root, "--crl", crl, "--host",
				"compute-a", "--certs", certs, "--uuid", UUID));
		assertTrue(out.contains("not checked, which the console counts as not valid: the console approves no QEMU"), out);

		assertEquals(1, vtpmctl("label", "verify", "--image", image.toString(), "--root", root, "--crl", crl, "--host",
				"compute-b", "--certs", certs, "--uuid", UUID, "--qemu", qemu.toString()));
		assertTrue(out.contains("issued for host compute-a, not for compute-b"), out);

		assertEquals(2, vtpmctl("label", "verify", "--image", image.toString(), "--root", root, "--tpm",
				hostA.address()));
		assertTrue(err.contains("give either --tpm"), err);
	}
}
