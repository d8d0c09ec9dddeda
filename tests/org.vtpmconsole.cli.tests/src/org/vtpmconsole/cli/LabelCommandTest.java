package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelStatus;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.QemuImg;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/** vtpmctl tpm and label end to end, in-process, against real swtpm TPMs and qemu-img images. */
class LabelCommandTest {

	private static final String UUID1 = "49508238-55c0-45a4-b6e5-0f3c1b2a9d11";
	private static final String UUID2 = "7c1f0a52-9d3e-4b8a-a5f1-2e6d8c4b3a90";
	private static Swtpm hostA;
	private static Swtpm hostB;

	@TempDir
	Path dir;
	private String out;
	private String err;

	@BeforeAll
	static void startTpms() {
		hostA = Swtpm.tcp();
		hostB = Swtpm.tcp();
	}

	@AfterAll
	static void stopTpms() {
		hostA.close();
		hostB.close();
	}

	private int vtpmctl(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new Vtpmctl("test", List.of(new TpmCommand(), new LabelCommand(Clock.systemUTC()))).run(args,
				new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		out = o.toString(StandardCharsets.UTF_8);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	private Path qemuBinary(String name) throws Exception {
		Path binary = dir.resolve(name);
		Files.writeString(binary, "#!/bin/sh\n# stands in for " + name + "\n");
		binary.toFile().setExecutable(true);
		return binary;
	}

	private Path image(String name) {
		Path image = dir.resolve(name);
		QemuImg.create(image, "32M").requireOk();
		return image;
	}

	private void provision(Swtpm tpm) {
		assertEquals(0, vtpmctl("tpm", "provision", "--tpm", tpm.address(), "--key-auth", tpm.keyAuthorizationFile().toString()), err);
	}

	@Test
	void provisionTwiceThenInfo() {
		provision(hostA);
		assertEquals(0, vtpmctl("tpm", "provision", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString()), err);
		assertTrue(out.contains("all keys present; nothing changed"), out);
		assertEquals(0, vtpmctl("tpm", "info", "--tpm", hostA.address()), err);
		assertTrue(out.contains("RSA_LOCAL") && out.contains("0x81000111"), out);
		assertTrue(out.contains("sha256"), out);
	}

	@Test
	void createShowVerifyExport() throws Exception {
		provision(hostA);
		Path image = image("vm1.qcow2");
		Path qemu = qemuBinary("qemu-system-x86_64");
		assertEquals(0, vtpmctl("label", "create", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--image", image.toString(), "--uuid",
				UUID1, "--qemu", qemu.toString(), "--days", "30"), err);
		assertEquals(0, QemuImg.check(image).exitCode());

		assertEquals(0, vtpmctl("label", "show", "--image", image.toString()));
		assertTrue(out.contains("status         LOCAL"), out);
		assertTrue(out.contains("valid, expires in 29 days"), out);
		assertTrue(out.contains("digestAlg      SHA-256 (0x000B)"), out);
		assertTrue(out.contains("sigScheme      RSASSA (0x0014)"), out);
		assertEquals(0, vtpmctl("label", "show", "--image", image.toString(), "--json"));
		assertTrue(out.trim().startsWith("{") && out.contains("\"status\" : \"LOCAL\""), out);

		assertEquals(0, vtpmctl("label", "verify", "--image", image.toString(), "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--uuid",
				UUID1, "--qemu", qemu.toString()), out + err);
		assertTrue(out.contains("label VALID"), out);

		assertEquals(1, vtpmctl("label", "verify", "--image", image.toString(), "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--uuid",
				UUID2, "--qemu", qemuBinary("other-qemu").toString()));
		assertTrue(out.contains("label INVALID: 2 check(s) failed"), out);
		assertTrue(out.contains("the label belongs to another VM"), out);
		assertTrue(out.contains("is not the digest of an approved QEMU binary"), out);

		Path export = dir.resolve("export");
		assertEquals(0, vtpmctl("label", "export", "--image", image.toString(), "--out", export.toString(), "--tpm",
				hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString()), err);
		byte[] labelBytes = Files.readAllBytes(export.resolve("label.bin"));
		Label label = LabelCodec.decode(labelBytes);
		Signature rsa = Signature.getInstance("SHA256withRSA");
		rsa.initVerify(readPem(export.resolve("signer.pem")));
		rsa.update(Files.readAllBytes(export.resolve("signed-part.bin")));
		assertTrue(rsa.verify(Files.readAllBytes(export.resolve("signature.bin"))), "signer.pem verifies the label");
		byte[] tpmtName = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(export.resolve("signer.tpmt")));
		assertArrayEquals(label.signerName(), concat(new byte[] { 0x00, 0x0B }, tpmtName),
				"signer.tpmt hashes to the label's signerName");
	}

	@Test
	void badInputIsRefusedWithClearErrorsAndNothingChanges() throws Exception {
		provision(hostA);
		Path qemu = qemuBinary("qemu");
		Path notQcow2 = dir.resolve("disk.raw");
		Files.write(notQcow2, new byte[4096]);
		assertEquals(2, vtpmctl("label", "show", "--image", notQcow2.toString()));
		assertTrue(err.startsWith("vtpmctl label show: qcow2 image " + notQcow2), err);

		Path bare = image("bare.qcow2");
		assertEquals(2, vtpmctl("label", "show", "--image", bare.toString()));
		assertTrue(err.contains("carries no vTPM label"), err);

		assertEquals(2, vtpmctl("label", "create", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--image", bare.toString(), "--uuid",
				"not-a-uuid", "--qemu", qemu.toString()));
		assertTrue(err.contains("--uuid: expected a UUID"), err);

		assertEquals(0, vtpmctl("label", "create", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--image", bare.toString(), "--uuid",
				UUID1, "--qemu", qemu.toString()));
		byte[] first = new Qcow2LabelStore().readBytes(bare).orElseThrow();
		assertEquals(2, vtpmctl("label", "create", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--image", bare.toString(), "--uuid",
				UUID2, "--qemu", qemu.toString()));
		assertTrue(err.contains("already carries a label; --force replaces it"), err);
		assertArrayEquals(first, new Qcow2LabelStore().readBytes(bare).orElseThrow(), "the label is unchanged");

		assertEquals(2, vtpmctl("label", "verify", "--image", bare.toString(), "--tpm", "swtpm:127.0.0.1:1"));
		assertTrue(err.startsWith("vtpmctl label verify: "), err);
		assertEquals(2, vtpmctl("label", "frobnicate"));
		assertEquals(2, vtpmctl("label", "show", "--image", bare.toString(), "--colour"));
		assertTrue(err.contains("unknown option --colour"), err);
	}

	@Test
	void exchangeMovesALabelFromHostAToHostB() throws Exception {
		provision(hostA);
		provision(hostB);
		Path image = image("moving.qcow2");
		Path qemu = qemuBinary("qemu");
		assertEquals(0, vtpmctl("label", "create", "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString(), "--image", image.toString(), "--uuid",
				UUID1, "--qemu", qemu.toString()), err);
		Path certA = dir.resolve("a-rsa-mig.der");
		Path certB = dir.resolve("b-rsa-mig.der");
		Path aikB = dir.resolve("b-aik.der");
		Path revokedB = dir.resolve("b-rsa-mig-revoked.der");
		Path bareKeyB = dir.resolve("b-rsa-mig.pem");
		Path root = dir.resolve("root.der");
		Path crl = dir.resolve("fleet.crl");
		try (TssHostTpm a = hostA.openHostTpm(); TssHostTpm b = hostB.openHostTpm();
				FleetCa ca = FleetCa.init(dir.resolve("ca"), "correct horse battery staple".toCharArray(),
						CaOptions.defaults())) {
			Files.write(certA, certify(ca, "host-a", Role.RSA_MIG, a, KeyRole.RSA_MIG).getEncoded());
			Files.write(certB, certify(ca, "host-b", Role.RSA_MIG, b, KeyRole.RSA_MIG).getEncoded());
			Files.write(aikB, certify(ca, "host-b", Role.AIK, b, KeyRole.AIK).getEncoded());
			X509Certificate revoked = certify(ca, "host-b", Role.RSA_MIG, b, KeyRole.RSA_MIG);
			ca.revoke(revoked.getSerialNumber(), RevocationReason.KEY_COMPROMISE);
			Files.write(revokedB, revoked.getEncoded());
			Files.writeString(bareKeyB, LabelCommand.pem(b.publicKey(KeyRole.RSA_MIG)));
			Files.write(root, ca.rootCertificate().getEncoded());
			Files.write(crl, ca.currentCrl().getEncoded());
		}
		String[] fleet = { "--root", root.toString(), "--crl", crl.toString() };
		// what the peer file used to be allowed to be, and certificates of the wrong role or revoked: all refused
		for (Path refused : List.of(bareKeyB, aikB, revokedB)) {
			assertEquals(2, vtpmctl(concat(new String[] { "label", "exchange", "--tpm", hostA.address(), "--key-auth",
					hostA.keyAuthorizationFile().toString(), "--image",
					image.toString(), "--to", "migrating", "--peer", refused.toString() }, fleet)));
			assertTrue(err.contains(refused == bareKeyB ? "is not an X.509 certificate"
					: refused == aikB ? "role: certifies a aik key, not a rsa-mig key"
					: "revocation: revoked on"), err);
			if (refused == revokedB)
				assertTrue(err.contains("KEY_COMPROMISE"), err);
			assertEquals(LabelStatus.LOCAL, new Qcow2LabelStore().read(image).orElseThrow().status(), "untouched");
		}
		assertEquals(0, vtpmctl(concat(new String[] { "label", "exchange", "--tpm", hostA.address(), "--key-auth",
					hostA.keyAuthorizationFile().toString(), "--image",
				image.toString(), "--to", "migrating", "--peer", certB.toString() }, fleet)), err);
		assertEquals(LabelStatus.MIGRATING, new Qcow2LabelStore().read(image).orElseThrow().status());

		assertEquals(2, vtpmctl(concat(new String[] { "label", "exchange", "--tpm", hostB.address(), "--key-auth",
					hostB.keyAuthorizationFile().toString(), "--image",
				image.toString(), "--to", "local", "--peer", certB.toString() }, fleet)));
		assertTrue(err.contains("refused"), err);
		assertEquals(LabelStatus.MIGRATING, new Qcow2LabelStore().read(image).orElseThrow().status(), "untouched");

		assertEquals(0, vtpmctl(concat(new String[] { "label", "exchange", "--tpm", hostB.address(), "--key-auth",
					hostB.keyAuthorizationFile().toString(), "--image",
				image.toString(), "--to", "local", "--peer", certA.toString() }, fleet)), err);
		assertEquals(0, vtpmctl("label", "verify", "--image", image.toString(), "--tpm", hostB.address(), "--key-auth",
					hostB.keyAuthorizationFile().toString(), "--uuid",
				UUID1), out);
		assertEquals(1, vtpmctl("label", "verify", "--image", image.toString(), "--tpm", hostA.address(), "--key-auth", hostA.keyAuthorizationFile().toString()));
		assertTrue(out.contains("signed by an unknown key"), out);
	}

	private static PublicKey readPem(Path file) throws Exception {
		String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}

	private static X509Certificate certify(FleetCa ca, String host, Role role, TssHostTpm tpm, KeyRole key)
			throws Exception {
		return ca.issue(CertificateRequest.builder(host, role, tpm.publicKey(key)).tpmName(tpm.name(key)).build())
				.certificate();
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
