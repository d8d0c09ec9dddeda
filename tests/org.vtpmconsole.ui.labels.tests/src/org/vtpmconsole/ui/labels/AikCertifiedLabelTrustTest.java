package org.vtpmconsole.ui.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.KeyCertificationEvidence;
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
import org.vtpmconsole.ui.certs.CertificateTrust;

/**
 * The console's trust in a host's RSA_local, from real TPM evidence: two swtpm hosts, their AIKs certified by a real
 * FleetCa, TPM2_Certify of RSA_local by an AIK over a nonce. Every way the evidence can be wrong is refused with its
 * reason, and RSA_local is then not vouched for.
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
		Host host = hostWith(aikA, evidence(rsaLocalArea(hostA), nonce, byAikA));
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
		Host host = hostWith(aikA, evidence(rsaLocalArea(hostA), nonce, byAikA));
		host.getCertificates().clear();
		assertRefused(host, "no valid AIK certificate of this host vouches for it");
	}

	@Test
	void aRevokedAikVouchesForNothing() throws Exception {
		IssuedCertificate aik = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, hostA.publicKey(KeyRole.AIK))
				.tpmName(hostA.name(KeyRole.AIK)).build());
		ca.revoke(aik.serial(), RevocationReason.KEY_COMPROMISE);
		assertRefused(hostWith(aik, evidence(rsaLocalArea(hostA), nonce, byAikA)), "revoked");
	}

	private static AikCertifiedLabelTrust trust() throws Exception {
		return new AikCertifiedLabelTrust(CertificateTrust.of(ca.rootCertificate(), ca.currentCrl()), Instant.now());
	}

	private static void assertRefused(Host host, String reason) throws Exception {
		LabelTrust.Signers signers = trust().signersFor(host);
		assertEquals(List.of(), signers.vouched());
		assertTrue(signers.refusals().stream().anyMatch(refusal -> refusal.contains(reason)),
				signers.refusals().toString());
	}

	private static byte[] rsaLocalArea(TssHostTpm tpm) throws Exception {
		return KeyNames.expectedPublicArea(KeyRole.RSA_LOCAL, tpm.publicKey(KeyRole.RSA_LOCAL));
	}

	private static KeyCertificationEvidence evidence(byte[] publicArea, byte[] qualifyingData,
			KeyCertification certification) {
		KeyCertificationEvidence evidence = FleetFactory.eINSTANCE.createKeyCertificationEvidence();
		evidence.setPublicArea(publicArea);
		evidence.setQualifyingData(qualifyingData);
		evidence.setAttest(certification.attest());
		evidence.setSignature(certification.signature());
		return evidence;
	}

	private static Host hostWith(IssuedCertificate aik, KeyCertificationEvidence evidence) throws Exception {
		Host host = FleetFactory.eINSTANCE.createHost();
		host.setName("compute-a");
		Certificate certificate = FleetFactory.eINSTANCE.createCertificate();
		certificate.setSerialNumber(aik.serialHex().toLowerCase());
		certificate.setEncoded(aik.certificate().getEncoded());
		host.getCertificates().add(certificate);
		host.setRsaLocalCertification(evidence);
		return host;
	}
}
