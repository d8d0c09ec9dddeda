package org.vtpmconsole.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * The console's one chain and CRL check, and the host-key check on top of it, against a real FleetCa and the keys of
 * a real swtpm. Each attack is made for real: a certificate the host's VMEK signed in the TPM, another host's
 * certificate, no CRL, a CRL of another CA, a CRL past its nextUpdate, a revoked certificate.
 */
class HostKeyCertificatesTest {

	private static ProvisionedSwtpm swtpm;
	private static TssHostTpm tpm;
	private static FleetCa ca;
	private static FleetCa otherCa;
	private static IssuedCertificate aik;
	private static IssuedCertificate vmek;

	@BeforeAll
	static void issue() throws Exception {
		swtpm = ProvisionedSwtpm.start();
		tpm = swtpm.tpm;
		ca = FleetCa.init(Files.createTempDirectory("verify-ca").resolve("ca"), "verify test passphrase".toCharArray(),
				CaOptions.defaults());
		otherCa = FleetCa.init(Files.createTempDirectory("verify-other-ca").resolve("ca"),
				"another fleet's passphrase".toCharArray(), CaOptions.defaults().withCommonName("another fleet"));
		aik = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, tpm.publicKey(KeyRole.AIK))
				.tpmName(tpm.name(KeyRole.AIK)).build());
		vmek = ca.issue(CertificateRequest.builder("compute-a", Role.VMEK, tpm.publicKey(KeyRole.VMEK))
				.tpmName(tpm.name(KeyRole.VMEK)).build());
	}

	@AfterAll
	static void stop() throws Exception {
		ca.close();
		otherCa.close();
		swtpm.close();
	}

	private static CertificateTrust trust() throws Exception {
		return CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
	}

	@Test
	void theRootsAikCertificateForThisHostIsValid() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-a", trust(),
				Instant.now());
		assertTrue(verdict.isValid(), verdict.summary());
		List<String> checks = verdict.links().get(0).checks().stream().map(Check::name).toList();
		assertEquals(List.of(ChainVerifier.ISSUER_MATCH, ChainVerifier.SIGNATURE, ChainVerifier.VALIDITY,
				ChainVerifier.BASIC_CONSTRAINTS, ChainVerifier.REVOCATION, HostKeyCertificates.ROLE,
				HostKeyCertificates.TPM_KEY, HostKeyCertificates.HOST), checks);
		// the host name compares as the CA compares it: DNS names without regard to case
		assertTrue(HostKeyCertificates.verify(aik.certificate(), Role.AIK, "COMPUTE-A", trust(), Instant.now()).isValid());
	}

	/** The attack of issue 10: a compromised host has its VMEK sign an "AIK" certificate; the root never saw it. */
	@Test
	void anAikCertificateSignedByTheHostsVmekIsRefused() throws Exception {
		X509Certificate forged = VmekIssuer.issue(tpm, vmek.certificate(), "compute-a", Role.AIK,
				tpm.publicKey(KeyRole.AIK), tpm.name(KeyRole.AIK));
		forged.verify(tpm.publicKey(KeyRole.VMEK)); // it really is the VMEK's signature

		// the old way of looking, with the host's certificates as issuers, follows it to the root ...
		ChainVerification throughVmek = ChainVerifier.verify(forged, trust(),
				List.of(vmek.certificate(), aik.certificate()), Instant.now());
		assertTrue(throughVmek.reachesRoot(), throughVmek.summary());
		// ... but nobody can say whether it was revoked, and "not checked" is not valid
		assertFalse(throughVmek.isValid(), throughVmek.summary());
		assertTrue(throughVmek.summary().contains("revocation: not checked: no CRL is published for certificates issued by"),
				throughVmek.summary());

		// and as a host key it must be the root's own certificate: the VMEK is no issuer of AIK certificates
		ChainVerification asAik = HostKeyCertificates.verify(forged, Role.AIK, "compute-a", trust(), Instant.now());
		assertFalse(asAik.isValid());
		assertFalse(asAik.reachesRoot());
		assertTrue(asAik.summary().contains("the chain does not reach the fleet root: issuer "
				+ vmek.certificate().getSubjectX500Principal().getName()), asAik.summary());
	}

	@Test
	void anotherHostsCertificateIsRefusedForThisHost() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-b", trust(),
				Instant.now());
		assertFalse(verdict.isValid());
		assertEquals("CN=compute-a: host name: issued for host compute-a, not for compute-b", verdict.summary());
	}

	@Test
	void aCertificateOfAnotherRoleIsRefused() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(vmek.certificate(), Role.AIK, "compute-a", trust(),
				Instant.now());
		assertFalse(verdict.isValid());
		assertTrue(verdict.summary().contains("role: certifies a vmek key, not a aik key"), verdict.summary());
	}

	@Test
	void withoutACrlRevocationIsNotCheckedAndTheCertificateIsNotValid() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-a",
				CertificateTrust.of(ca.rootCertificate(), null), Instant.now());
		assertEquals(Check.Outcome.NOT_CHECKED, verdict.revocation().orElseThrow().outcome());
		assertFalse(verdict.isValid());
		assertTrue(verdict.summary().contains("revocation: not checked: the console has no CRL of the fleet CA"),
				verdict.summary());
	}

	@Test
	void aCrlOfAnotherIssuerIsRefused() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-a",
				CertificateTrust.of(ca.rootCertificate(), otherCa.currentCrl()), Instant.now());
		assertFalse(verdict.isValid());
		assertTrue(verdict.summary().contains("revocation: the CRL cannot be used: CRL is not issued by the fleet root"),
				verdict.summary());
	}

	@Test
	void aCrlPastItsNextUpdateIsRefused() throws Exception {
		X509CRL crl = ca.currentCrl();
		// the console still holds this CRL a second after its nextUpdate; the certificate itself is valid for years
		Instant later = crl.getNextUpdate().toInstant().plusSeconds(1);
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-a",
				CertificateTrust.of(ca.rootCertificate(), crl), later);
		assertFalse(verdict.isValid());
		assertTrue(verdict.summary().contains("revocation: the CRL cannot be used: CRL is not current"), verdict.summary());
	}

	@Test
	void aRevokedCertificateIsRefusedWithItsReason() throws Exception {
		IssuedCertificate revoked = ca.issue(CertificateRequest.builder("compute-a", Role.AIK, tpm.publicKey(KeyRole.AIK))
				.tpmName(tpm.name(KeyRole.AIK)).build());
		ca.revoke(revoked.serial(), RevocationReason.KEY_COMPROMISE);
		ChainVerification verdict = HostKeyCertificates.verify(revoked.certificate(), Role.AIK, "compute-a", trust(),
				Instant.now());
		assertFalse(verdict.isValid());
		assertEquals(Check.Outcome.FAILED, verdict.revocation().orElseThrow().outcome());
		assertTrue(verdict.summary().contains("reason KEY_COMPROMISE"), verdict.summary());
	}

	@Test
	void withoutAFleetRootNothingIsValid() throws Exception {
		ChainVerification verdict = HostKeyCertificates.verify(aik.certificate(), Role.AIK, "compute-a",
				CertificateTrust.NONE, Instant.now());
		assertFalse(verdict.isValid());
		assertEquals("not checked: no fleet root known to the console", verdict.summary());
	}

	@Test
	void aTlsCertificateIsCheckedThroughItsChainAndNeedsTheCrl() throws Exception {
		IssuedCertificate tls = ca.issueTlsServer("compute-c.example", List.of(), Files.createTempDirectory("tls")
				.resolve("agent.p12"), "pkcs12 password".toCharArray());
		assertTrue(HostKeyCertificates.verifyReported(tls.certificate(), java.util.Optional.of("compute-c.example"),
				List.of(), trust(), Instant.now()).isValid());
		assertFalse(HostKeyCertificates.verifyReported(tls.certificate(), java.util.Optional.of("compute-c.example"),
				List.of(), CertificateTrust.of(ca.rootCertificate(), null), Instant.now()).isValid());
	}
}
