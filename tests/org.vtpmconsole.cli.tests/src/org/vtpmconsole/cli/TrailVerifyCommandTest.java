package org.vtpmconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.trail.AnchorEvidence;
import org.vtpmconsole.trail.EventType;
import org.vtpmconsole.trail.EvidenceBundle;
import org.vtpmconsole.trail.EvidenceBundleJson;
import org.vtpmconsole.trail.TrailAnchor;
import org.vtpmconsole.trail.TrailExtends;
import org.vtpmconsole.trail.TrailWriter;

/**
 * {@code vtpmctl trail verify}: an evidence bundle of a real anchored log (swtpm NV index, AIK certified by a real
 * FleetCa) verified from the root and CRL files alone; an edited bundle and another nonce exit 1 with the reason.
 */
class TrailVerifyCommandTest {
	private static final UUID VM = UUID.fromString("7d3e9a10-1111-4222-8333-944455556666");
	private static final UUID OTHER = UUID.fromString("7d3e9a10-1111-4222-8333-944455557777");
	private static ProvisionedSwtpm host;
	private static FleetCa ca;
	private static Path dir;
	private static Path bundle;
	private static Path root;
	private static Path crl;
	private static byte[] nonce;
	private String out;

	@BeforeAll
	static void export() throws Exception {
		host = ProvisionedSwtpm.start();
		dir = Files.createTempDirectory("trail-verify-command");
		ca = FleetCa.init(dir.resolve("ca"), "trail command passphrase".toCharArray(), CaOptions.defaults());
		IssuedCertificate aik = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, host.tpm.publicKey(KeyRole.AIK))
				.tpmName(host.tpm.name(KeyRole.AIK)).build());
		TrailAnchor anchor = new TrailAnchor(host.tpm, 0x01500100);
		anchor.define();
		Path log = dir.resolve("trail.jsonl");
		try (TrailWriter writer = TrailWriter.open(log)) {
			String t0 = "2026-11-22T10:15:30.123Z";
			String t1 = "2026-11-22T10:16:30.123Z";
			String t2 = "2026-11-22T10:17:30.123Z";
			anchor.extend(writer.append(VM, t0, EventType.CREATED, "CN=alice", Optional.empty(), List.of()).sha256());
			anchor.extend(writer.append(OTHER, t0, EventType.CREATED, "CN=bob", Optional.empty(), List.of()).sha256());
			anchor.extend(writer.append(VM, t1, EventType.SNAPSHOT, "CN=alice", Optional.of("S1"),
					TrailExtends.snapshot(t1, "CN=alice", new byte[32])).sha256());
			anchor.extend(writer.append(VM, t2, EventType.ROLLBACK, "CN=mallory", Optional.of("S1"),
					TrailExtends.rollback(t2, "CN=mallory", new byte[32], new byte[32])).sha256());
		}
		nonce = new byte[20];
		new SecureRandom().nextBytes(nonce);
		AnchorEvidence evidence = new AnchorEvidence("compute-a", anchor.index(), nonce, anchor.certify(nonce),
				aik.certificate(), ca.currentCrl());
		bundle = Files.write(dir.resolve("vm.trail.json"), EvidenceBundleJson.write(
				EvidenceBundle.export(Files.readAllBytes(log), VM, evidence), ca.rootCertificate()));
		root = Files.write(dir.resolve("root.der"), ca.rootCertificate().getEncoded());
		crl = Files.write(dir.resolve("crl.der"), ca.currentCrl().getEncoded());
	}

	@AfterAll
	static void stop() {
		ca.close();
		host.close();
	}

	@Test
	void theBundleVerifiesFromTheRootAlone() {
		assertEquals(Vtpmctl.EXIT_OK, vtpmctl("trail", "verify", "--bundle", bundle.toString(), "--root", root.toString(),
				"--crl", crl.toString(), "--nonce", HexFormat.of().formatHex(nonce)), out);
		assertTrue(out.contains("vm " + VM + " on compute-a: last line 4 of 4"), out);
		assertTrue(out.endsWith("trail VALID\n"), out);
	}

	@Test
	void anEditedBundleIsNotValid() throws Exception {
		String json = Files.readString(bundle);
		Path edited = Files.writeString(dir.resolve("edited.json"), json.replace("CN=mallory", "CN=alice\\\""));
		assertEquals(Vtpmctl.EXIT_FAILED, vtpmctl("trail", "verify", "--bundle", edited.toString(), "--root",
				root.toString()), out);
		assertTrue(out.startsWith("trail NOT VALID: line 4"), out);
	}

	@Test
	void anotherNonceIsNotValid() {
		byte[] mine = nonce.clone();
		mine[3] ^= 1;
		assertEquals(Vtpmctl.EXIT_FAILED, vtpmctl("trail", "verify", "--bundle", bundle.toString(), "--root",
				root.toString(), "--nonce", HexFormat.of().formatHex(mine)), out);
		assertTrue(out.startsWith("trail NOT VALID: another nonce"), out);
	}

	private int vtpmctl(String... args) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		int code = new Vtpmctl("test", List.of(new TrailCommand(Clock.systemUTC()))).run(args,
				new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		out = o.toString(StandardCharsets.UTF_8);
		return code;
	}
}
