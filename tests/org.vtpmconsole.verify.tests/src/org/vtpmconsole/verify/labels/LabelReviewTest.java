package org.vtpmconsole.verify.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.HashAlgorithm;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.label.LabelStatus;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The console's verdict on labels signed by JCE keys (no TPM needed for these checks), a MIGRATING one by an RSA_mig
 * key a real FleetCa certified: the console's own approved QEMU list decides (the agent's is information only, an
 * empty list is "not checked" and so not valid), an RSA_mig certificate vouches only for the host it names, and the
 * refusals the label editor's UI tests show (tampered byte, unvouched LOCAL signer, no or broken bytes).
 */
class LabelReviewTest {

	private static final byte[] QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 8.2".getBytes());
	private static final byte[] OTHER_QEMU = HashAlgorithm.SHA256.hash("qemu-system-x86_64 patched".getBytes());
	private static final UUID VM = UUID.fromString("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
	private static FleetCa ca;
	private static KeyPair rsaMig;
	private static byte[] rsaMigName;
	private static IssuedCertificate rsaMigOfA;
	private static byte[] label;

	@BeforeAll
	static void issueAndSign() throws Exception {
		ca = FleetCa.init(Files.createTempDirectory("label-review-ca").resolve("ca"), "label review passphrase".toCharArray(),
				CaOptions.defaults());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		rsaMig = generator.generateKeyPair();
		rsaMigName = nameOf(rsaMig);
		rsaMigOfA = ca.issue(CertificateRequest.builder("compute-a", Role.RSA_MIG, rsaMig.getPublic()).tpmName(rsaMigName)
				.build());
		label = sign(LabelStatus.MIGRATING, rsaMig, rsaMigName).encode();
	}

	/** 0x000B ‖ SHA-256 of the key: the shape of a TPM name (the keys here are JCE keys, not a TPM's). */
	private static byte[] nameOf(KeyPair key) {
		return ByteBuffer.allocate(34).putShort((short) HashAlgorithm.SHA256.algId())
				.put(HashAlgorithm.SHA256.hash(key.getPublic().getEncoded())).array();
	}

	@AfterAll
	static void closeCa() {
		ca.close();
	}

	private static Label sign(LabelStatus status, KeyPair signer, byte[] signerName) throws Exception {
		byte[] secret = new byte[256];
		new SecureRandom().nextBytes(secret);
		Instant now = Instant.now();
		Label unsigned = Label.builder().status(status)
				.validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(180))).secret(secret)
				.uuidHash(Label.uuidHash(HashAlgorithm.SHA256, VM)).qemuDigest(QEMU).signerName(signerName)
				.recipientName(signerName).build();
		Signature rsassa = Signature.getInstance("SHA256withRSA");
		rsassa.initSign(signer.getPrivate());
		rsassa.update(unsigned.signedBytes());
		return unsigned.withSignature(rsassa.sign());
	}

	private static HostEvidence host(String name, List<String> agentApproved) throws Exception {
		return new HostEvidence(name, List.of(new HostEvidence.ReportedCertificate(rsaMigOfA.serialHex(),
				rsaMigOfA.certificate().getEncoded())), Optional.empty(), agentApproved);
	}

	private static LabelReview review(HostEvidence host, ApprovedQemu approved) throws Exception {
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		Instant now = Instant.now();
		return LabelReview.of(label, Optional.of(VM.toString()), Optional.of(host),
				LabelReview.trust(null, trust, List.of(host), now), approved, now);
	}

	private static LabelCheck check(LabelReview review, LabelCheck.Kind kind) {
		return review.verification().checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void aLabelWhoseQemuTheConsoleApprovesIsValid() throws Exception {
		LabelReview review = review(host("compute-a", List.of()), new ApprovedQemu(List.of(OTHER_QEMU, QEMU)));
		assertEquals(LabelVerdict.VALID, review.verdict(), review.verification().summary());
		assertTrue(check(review, LabelCheck.Kind.SIGNER).reason().contains("RSA_mig of compute-a (fleet certificate "));
	}

	/** Before: an empty list passed the QEMU check as "not checked", and the label showed valid. */
	@Test
	void withoutTheConsolesOwnListTheQemuIsNotCheckedAndTheLabelNotValid() throws Exception {
		String agentList = HexFormat.of().formatHex(QEMU);
		LabelReview review = review(host("compute-a", List.of(agentList)), ApprovedQemu.NONE);
		assertEquals(LabelVerdict.INVALID, review.verdict());
		LabelCheck qemu = check(review, LabelCheck.Kind.QEMU);
		assertEquals(LabelCheck.Outcome.FAILED, qemu.outcome());
		assertTrue(qemu.reason().startsWith("not checked, which the console counts as not valid: the console approves"
				+ " no QEMU binary yet"), qemu.reason());
		// the agent approving exactly this QEMU changes nothing: it is shown, as information only
		assertTrue(qemu.reason().contains("the agent of compute-a calls " + agentList
				+ " approved (information only: an agent's word is not trusted)"), qemu.reason());
	}

	@Test
	void aQemuTheConsoleDoesNotApproveFails() throws Exception {
		LabelReview review = review(host("compute-a", List.of(HexFormat.of().formatHex(QEMU))),
				new ApprovedQemu(List.of(OTHER_QEMU)));
		assertEquals(LabelVerdict.INVALID, review.verdict());
		assertTrue(check(review, LabelCheck.Kind.QEMU).reason().contains("is not the digest of an approved QEMU binary"));
	}

	@Test
	void withoutTheVmsUuidTheLabelIsNotValid() throws Exception {
		HostEvidence host = host("compute-a", List.of());
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		Instant now = Instant.now();
		LabelReview review = LabelReview.of(label, Optional.empty(), Optional.of(host),
				LabelReview.trust(null, trust, List.of(host), now), new ApprovedQemu(List.of(QEMU)), now);
		assertEquals(LabelVerdict.INVALID, review.verdict());
		assertEquals("not checked, which the console counts as not valid: no VM UUID given",
				check(review, LabelCheck.Kind.UUID).reason());
	}

	/** compute-a's RSA_mig certificate, reported by the agent of compute-b as its own. */
	@Test
	void anRsaMigCertificateVouchesOnlyForTheHostItNames() throws Exception {
		LabelReview review = review(host("compute-b", List.of()), new ApprovedQemu(List.of(QEMU)));
		assertEquals(LabelVerdict.INVALID, review.verdict());
		String signer = check(review, LabelCheck.Kind.SIGNER).reason();
		assertTrue(signer.contains("signer not vouched for by the fleet CA"), signer);
		assertTrue(signer.contains("of compute-b: CN=compute-a: host name: issued for host compute-a, not for compute-b"),
				signer);
	}

	/** The refusals the label editor's UI tests show, proven here without a workbench. */
	@Test
	void aTamperedByteFailsTheSignatureAndTheUuid() throws Exception {
		byte[] tampered = label.clone();
		tampered[300] ^= 0x01; // inside uuidHash, which the signature covers
		HostEvidence host = host("compute-a", List.of());
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		Instant now = Instant.now();
		LabelReview review = LabelReview.of(tampered, Optional.of(VM.toString()), Optional.of(host),
				LabelReview.trust(null, trust, List.of(host), now), new ApprovedQemu(List.of(QEMU)), now);
		assertEquals(LabelVerdict.INVALID, review.verdict());
		assertEquals("the signature does not match the label's content: the label was altered after signing",
				check(review, LabelCheck.Kind.SIGNATURE).reason());
		assertEquals(LabelCheck.Outcome.FAILED, check(review, LabelCheck.Kind.UUID).outcome());
	}

	@Test
	void aLocalLabelWhoseRsaLocalNothingVouchesForFailsTheSigner() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair rsaLocal = generator.generateKeyPair();
		byte[] local = sign(LabelStatus.LOCAL, rsaLocal, nameOf(rsaLocal)).encode();
		HostEvidence host = host("compute-a", List.of());
		CertificateTrust trust = CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
		Instant now = Instant.now();
		LabelReview review = LabelReview.of(local, Optional.of(VM.toString()), Optional.of(host),
				LabelReview.trust(null, trust, List.of(host), now), new ApprovedQemu(List.of(QEMU)), now);
		assertEquals(LabelVerdict.INVALID, review.verdict());
		String signer = check(review, LabelCheck.Kind.SIGNER).reason();
		assertTrue(signer.startsWith("signer not vouched for by the fleet CA") && signer.contains(
				"(a LOCAL label is signed by RSA_local, which the fleet CA vouches for only through the host's AIK)")
				&& signer.contains("refused RSA_local of compute-a: its agent has not certified it with the AIK yet"),
				signer);
	}

	@Test
	void missingOrUndecodableBytesAreRefused() throws Exception {
		LabelReview none = LabelReview.of(null, Optional.of(VM.toString()), Optional.empty(), host -> null,
				ApprovedQemu.NONE, Instant.now());
		assertEquals(LabelVerdict.INVALID, none.verdict());
		assertEquals("signature: the agent sent no label bytes, so there is nothing to verify",
				none.verification().summary());
		byte[] truncated = java.util.Arrays.copyOf(label, 40);
		LabelReview broken = LabelReview.of(truncated, Optional.of(VM.toString()), Optional.empty(), host -> null,
				ApprovedQemu.NONE, Instant.now());
		assertEquals(LabelVerdict.INVALID, broken.verdict());
		assertTrue(broken.formatError().isPresent());
		assertTrue(broken.verification().summary().contains("the label bytes do not decode"), broken.verification().summary());
	}

	@Test
	void theApprovedListIsReadStrictly() {
		String hex = HexFormat.of().formatHex(QEMU);
		assertEquals(2, ApprovedQemu.parse(hex + ",\n " + HexFormat.of().formatHex(OTHER_QEMU).toUpperCase()).digests().size());
		assertTrue(ApprovedQemu.parse("  ").isEmpty());
		assertEquals("'abc' is not a hexadecimal SHA-256 digest",
				assertThrows(IllegalArgumentException.class, () -> ApprovedQemu.parse(hex + " abc")).getMessage());
		assertEquals("'abcd' has 2 bytes; a SHA-256 digest has 32",
				assertThrows(IllegalArgumentException.class, () -> ApprovedQemu.parse("abcd")).getMessage());
	}
}
