package org.vtpmconsole.attest;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;

import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.testing.ProvisionedSwtpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * Two real hosts for attestation tests: provisioned swtpms whose AIKs a real fleet CA certified for compute-a and
 * compute-b, a producer on each, and the verifier with the fleet root and the CA's current CRL.
 */
final class AttestationHosts implements AutoCloseable {
	static final String HOST_A = "compute-a";
	static final String HOST_B = "compute-b";
	private static final SecureRandom RANDOM = new SecureRandom();

	final ProvisionedSwtpm tpmA;
	final ProvisionedSwtpm tpmB;
	final FleetCa ca;
	final IssuedCertificate aikA;
	final IssuedCertificate aikB;

	AttestationHosts() throws Exception {
		tpmA = ProvisionedSwtpm.start();
		tpmB = ProvisionedSwtpm.start();
		ca = FleetCa.init(Files.createTempDirectory("attest-ca").resolve("ca"), "attestation test passphrase".toCharArray(),
				CaOptions.defaults());
		aikA = issueAik(HOST_A, tpmA.tpm);
		aikB = issueAik(HOST_B, tpmB.tpm);
	}

	IssuedCertificate issueAik(String host, TssHostTpm tpm) throws Exception {
		return ca.issue(CertificateRequest.builder(host, Role.AIK, tpm.publicKey(KeyRole.AIK)).tpmName(tpm.name(KeyRole.AIK))
				.build());
	}

	EvidenceProducer producerA() throws Exception {
		return new EvidenceProducer(tpmA.tpm, HOST_A, aikA.certificate().getEncoded(), EvidenceProducer.DEFAULT_HOST_PCRS);
	}

	CertificateTrust trust() throws Exception {
		return CertificateTrust.of(ca.rootCertificate(), ca.currentCrl());
	}

	EvidenceVerifier verifier() throws Exception {
		return new EvidenceVerifier(trust(), new TrailLogReplay(), EvidenceProducer.DEFAULT_HOST_PCRS);
	}

	EvidenceVerification verify(Evidence evidence, byte[] nonce) throws Exception {
		return verifier().verify(evidence, nonce, Instant.now());
	}

	static byte[] nonce() {
		byte[] nonce = new byte[32];
		RANDOM.nextBytes(nonce);
		return nonce;
	}

	@Override
	public void close() {
		try {
			ca.close();
		} finally {
			try {
				tpmA.close();
			} finally {
				tpmB.close();
			}
		}
	}
}
