package org.vtpmconsole.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.NvCertification;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The anchor's certification, attacked with real TPMs: another nonce, another TPM's AIK (its certification presented
 * with this host's certificate, and its own certificate presented for this host), a revoked AIK, no CRL, an extra
 * extend of the NV index, and a certification of another index. Each is refused with its reason.
 */
class AnchorRefusalTest {
	private static AnchoredLog trail;
	private static ProvisionedSwtpm otherHost;
	private static byte[] content;

	@BeforeAll
	static void writeTrail() throws Exception {
		trail = new AnchoredLog();
		otherHost = ProvisionedSwtpm.start();
		content = trail.bytes();
	}

	@AfterAll
	static void stop() {
		otherHost.close();
		trail.close();
	}

	@Test
	void anotherNonceIsRefused() throws Exception {
		byte[] other = trail.nonce.clone();
		other[5] ^= 0x40;
		TrailRefusal refusal = assertThrows(TrailRefusal.class,
				() -> LogVerifier.verify(content, trail.evidence(), other, trail.trust(), Instant.now()));
		assertTrue(refusal.getMessage().startsWith("another nonce"), refusal.getMessage());
	}

	@Test
	void anotherTpmsCertificationUnderThisHostsAikCertificateIsRefused() throws Exception {
		TrailAnchor foreign = anchorOn(otherHost, AnchoredLog.INDEX, 0);
		NvCertification byOther = foreign.certify(trail.nonce);
		assertRefused(withCertification(byOther, trail.aik),
				"certification not by this host's AIK: the signature does not verify with the key of AIK certificate");
	}

	@Test
	void anotherHostsAikCertificateIsRefused() throws Exception {
		IssuedCertificate otherAik = trail.issueAik(otherHost.tpm, "compute-b");
		TrailAnchor foreign = anchorOn(otherHost, AnchoredLog.INDEX + 4, 0);
		assertRefused(withCertification(foreign.certify(trail.nonce), otherAik),
				"certification not by this host's AIK: ");
		assertRefused(withCertification(foreign.certify(trail.nonce), otherAik),
				"host name: issued for host compute-b, not for compute-a");
	}

	@Test
	void aRevokedAikIsRefused() throws Exception {
		IssuedCertificate revoked = trail.issueAik(trail.swtpm.tpm, AnchoredLog.HOST);
		trail.ca.revoke(revoked.serial(), RevocationReason.KEY_COMPROMISE);
		assertRefused(withCertification(trail.certification, revoked), "revocation: revoked on");
	}

	@Test
	void withoutACrlNothingIsVouchedFor() throws Exception {
		TrailRefusal refusal = assertThrows(TrailRefusal.class, () -> LogVerifier.verify(content, trail.evidence(),
				trail.nonce, CertificateTrust.of(trail.ca.rootCertificate(), null), Instant.now()));
		assertTrue(refusal.getMessage().contains("revocation: not checked"), refusal.getMessage());
	}

	@Test
	void anExtraExtendOfTheIndexIsAFoldMismatch() throws Exception {
		TrailAnchor extended = anchorOn(trail.swtpm, AnchoredLog.INDEX + 1, 1);
		AnchorEvidence evidence = new AnchorEvidence(AnchoredLog.HOST, extended.index(), trail.nonce,
				extended.certify(trail.nonce), trail.aik.certificate(), trail.ca.currentCrl());
		TrailRefusal refusal = assertRefused(evidence, "fold differs from the certified NV value: the log's 15 lines");
		assertEquals(15, refusal.line());
	}

	@Test
	void aCertificationOfAnotherIndexIsRefused() throws Exception {
		TrailAnchor other = anchorOn(trail.swtpm, AnchoredLog.INDEX + 2, 0);
		AnchorEvidence claimed = withCertification(other.certify(trail.nonce), trail.aik);
		assertRefused(claimed, "the certification is not of the anchor, NV index 0x01500100");
	}

	/** A new index on {@code host} extended with the log's line digests and {@code extra} more. */
	private static TrailAnchor anchorOn(ProvisionedSwtpm host, int index, int extra) throws Exception {
		TrailAnchor anchor = new TrailAnchor(host.tpm, index);
		anchor.define();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		List<byte[]> lines = TrailLog.lines(content);
		for (byte[] line : lines)
			anchor.extend(sha256.digest(line));
		for (int i = 0; i < extra; i++)
			anchor.extend(sha256.digest(("extra " + i).getBytes()));
		return anchor;
	}

	private static AnchorEvidence withCertification(NvCertification certification, IssuedCertificate aik)
			throws Exception {
		return new AnchorEvidence(AnchoredLog.HOST, AnchoredLog.INDEX, trail.nonce, certification, aik.certificate(),
				trail.ca.currentCrl());
	}

	private static TrailRefusal assertRefused(AnchorEvidence evidence, String reason) throws Exception {
		TrailRefusal refusal = assertThrows(TrailRefusal.class,
				() -> LogVerifier.verify(content, evidence, trail.nonce, trail.trust(), Instant.now()));
		assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
		return refusal;
	}
}
