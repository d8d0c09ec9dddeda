package org.vtpmconsole.verify.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyCertification;
import org.vtpmconsole.tpm.KeyNames;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.VmekIssuer;

/**
 * The console's trust in a host's RSA_local, from real TPM evidence: two swtpm hosts, their AIKs certified by a real
 * FleetCa, TPM2_Certify of RSA_local by an AIK over a nonce. Every way the evidence can be wrong is refused with its
 * reason, and RSA_local is then not vouched for. Moved here from the ui.labels tests with the trust it checks; the
 * attacks of issue 10 (a VMEK-signed AIK certificate, another host's AIK, no CRL) are new.
 */
class AikCertifiedLabelTrustTest {

	private static ProvisionedSwtpm swtpmA;
	private static ProvisionedSwtpm swtpmB;
	private static TssHostTpm hostA;
	private static TssHostTpm hostB;
	private static FleetCa ca;
	private static IssuedCertificate aikA;
	private static byte[] nonce;
	private static KeyCertification byAikA;
	private static KeyCertification byAikB;

	@BeforeAll
	static void certifyRsaLocal() throws Exception {
		swtpmA = ProvisionedSwtpm.start();
		swtpmB = ProvisionedSwtpm.start();
		hostA = swtpmA.tpm;
		hostB = swtpmB.tpm;
		Path directory = Files.createTempDirectory("aik-trust-ca");
		ca = FleetCa.init(directory.resolve("ca"), "aik trust test passphrase".toCharArray(), CaOptions.defaults());
		aikA = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, hostA.publicKey(KeyRole.AIK))
				.tpmName(hostA.name(KeyRole.AIK)).build());
		nonce = new byte[32];
		new SecureRandom().nextBytes(nonce);
		byAikA = hostA.certify(KeyRole.RSA_LOCAL, KeyRole.AIK, nonce);
		// host B's TPM certifies host A's RSA_local? It cannot: B certifies its own RSA_local, under B's AIK
		byAikB = hostB.certify(KeyRole.RSA_LOCAL, KeyRole.AIK, nonce);
	}

	@AfterAll
	static void stopHosts() throws Exception {
		ca.close();
		swtpmA.close();
		swtpmB.close();
	}

	@Test
	void rsaLocalCertifiedByTheHostsAikIsVouchedFor() throws Exception {
		HostEvidence host = hostWith(aikA, evidence(rsaLocalArea(hostA), nonce, byAikA));
		LabelTrust.Signers signers = trust().signersFor(host);
		assertEquals(1, signers.vouched().size(), signers.refusals().toString());
		TrustedSigner signer = signers.vouched().get(0);
		assertEquals(TrustedSigner.Role.RSA_LOCAL, signer.role());
		assertArrayEquals(hostA.name(KeyRole.RSA_LOCAL), signer.name());
		assertTrue(signer.description().contains("certified by its AIK, fleet certificate " + aikA.serialHex().toLowerCase()),
				signer.description());
	}

	@Test
	void withoutEvidenceRsaLocalIsNotVouchedFor() throws Exception {
		assertRefused(hostWith(aikA, null), "its agent has not certified it with the AIK yet");
	}

	@Test
	void anotherNonceIsRefused() throws Exception {
		byte[] other = nonce.clone();
		other[0] ^= 1;
		assertRefused(hostWith(aikA, evidence(rsaLocalArea(hostA), other, byAikA)),
				"extraData does not equal the nonce");
	}

	@Test
	void aCertificationByAnotherTpmsAikIsRefused() throws Exception {
		assertRefused(hostWith(aikA, evidence(rsaLocalArea(hostB), nonce, byAikB)),
				"certification signature does not verify with the certifying key");
	}

	@Test
	void aPublicAreaOtherThanTheCertifiedKeyIsRefused() throws Exception {
		assertRefused(hostWith(aikA, evidence(rsaLocalArea(hostB), nonce, byAikA)),
				"the certified object's name differs from the expected TPM name");
	}

	@Test
	void aKeyWithoutFixedTpmIsRefused() throws Exception {
		byte[] migratable = rsaLocalArea(hostA);
		migratable[7] &= ~0x02; // TPMA_OBJECT (bytes 4-7, big-endian): clear fixedTPM
		assertRefused(hostWith(aikA, evidence(migratable, nonce, byAikA)), "not a non-migratable");
	}

	@Test
	void aHostWithoutAikCertificateIsRefused() throws Exception {
		HostEvidence host = hostWith(aikA, evidence(rsaLocalArea(hostA), nonce, byAikA));
		assertRefused(new HostEvidence(host.name(), List.of(), host.rsaLocalCertification(), List.of()),
				"no valid AIK certificate of this host vouches for it");
	}

	@Test
	void aRevokedAikVouchesForNothing() throws Exception {
		IssuedCertificate aik = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, hostA.publicKey(KeyRole.AIK))
				.tpmName(hostA.name(KeyRole.AIK)).build());
		ca.revoke(aik.serial(), RevocationReason.KEY_COMPROMISE);
		assertRefused(hostWith(aik, evidence(rsaLocalArea(hostA), nonce, byAikA)), "revoked");
	}

	/** Issue 10: an AIK certificate the host's own VMEK signed in the TPM, with the VMEK's root certificate beside it. */
	@Test
	void anAikCertificateSignedByTheHostsVmekVouchesForNothing() throws Exception {
		IssuedCertificate vmek = ca.issue(CertificateRequest.builder("compute-a", Role.VMEK, hostA.publicKey(KeyRole.VMEK))
				.tpmName(hostA.name(KeyRole.VMEK)).build());
		X509Certificate forged = VmekIssuer.issue(hostA, vmek.certificate(), "compute-a", Role.AIK,
				hostA.publicKey(KeyRole.AIK), hostA.name(KeyRole.AIK));
		HostEvidence host = hostWith("compute-a", List.of(vmek.certificate(), forged),
				evidence(rsaLocalArea(hostA), nonce, byAikA));
		assertRefused(host, "certificate " + forged.getSerialNumber().toString(16)
				+ " of compute-a: the chain does not reach the fleet root: issuer " + vmek.certificate()
						.getSubjectX500Principal().getName());
	}

	/** Host B's AIK and B's certification of its RSA_local, reported as host A's: B's key must not sign A's labels. */
	@Test
	void anotherHostsAikVouchesForNothingHere() throws Exception {
		IssuedCertificate aikB = ca.issue(CertificateRequest.builder("compute-b", Role.AIK, hostB.publicKey(KeyRole.AIK))
				.tpmName(hostB.name(KeyRole.AIK)).build());
		HostEvidence.RsaLocalCertification ofB = evidence(rsaLocalArea(hostB), nonce, byAikB);
		assertRefused(hostWith("compute-a", List.of(aikB.certificate()), ofB),
				"host name: issued for host compute-b, not for compute-a");
		// the same evidence is good for the host it belongs to: the host name is what refused it above
		assertEquals(1, trust().signersFor(hostWith("compute-b", List.of(aikB.certificate()), ofB)).vouched().size());
	}

	@Test
	void withoutACrlTheAikVouchesForNothing() throws Exception {
		assertRefused(trust(CertificateTrust.of(ca.rootCertificate(), null)),
				hostWith(aikA, evidence(rsaLocalArea(hostA), nonce, byAikA)),
				"revocation: not checked: the console has no CRL of the fleet CA");
	}

	private static AikCertifiedLabelTrust trust() throws Exception {
		return trust(CertificateTrust.of(ca.rootCertificate(), ca.currentCrl()));
	}

	private static AikCertifiedLabelTrust trust(CertificateTrust certificates) {
		return new AikCertifiedLabelTrust(certificates, List.of(), Instant.now());
	}

	private static void assertRefused(HostEvidence host, String reason) throws Exception {
		assertRefused(trust(), host, reason);
	}

	private static void assertRefused(LabelTrust trust, HostEvidence host, String reason) {
		LabelTrust.Signers signers = trust.signersFor(host);
		assertEquals(List.of(), signers.vouched());
		assertTrue(signers.refusals().stream().anyMatch(refusal -> refusal.contains(reason)),
				signers.refusals().toString());
	}

	private static byte[] rsaLocalArea(TssHostTpm tpm) throws Exception {
		return KeyNames.expectedPublicArea(KeyRole.RSA_LOCAL, tpm.publicKey(KeyRole.RSA_LOCAL));
	}

	private static HostEvidence.RsaLocalCertification evidence(byte[] publicArea, byte[] qualifyingData,
			KeyCertification certification) {
		return new HostEvidence.RsaLocalCertification(publicArea, qualifyingData, certification.attest(),
				certification.signature());
	}

	private static HostEvidence hostWith(IssuedCertificate aik, HostEvidence.RsaLocalCertification evidence)
			throws Exception {
		return hostWith("compute-a", List.of(aik.certificate()), evidence);
	}

	private static HostEvidence hostWith(String name, List<X509Certificate> certificates,
			HostEvidence.RsaLocalCertification evidence) throws Exception {
		List<HostEvidence.ReportedCertificate> reported = new ArrayList<>();
		for (X509Certificate certificate : certificates) {
			reported.add(new HostEvidence.ReportedCertificate(certificate.getSerialNumber().toString(16),
					certificate.getEncoded()));
		}
		return new HostEvidence(name, reported, Optional.ofNullable(evidence), List.of());
	}
}
