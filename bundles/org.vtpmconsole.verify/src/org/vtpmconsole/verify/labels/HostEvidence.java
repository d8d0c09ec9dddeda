package org.vtpmconsole.verify.labels;

import java.util.List;
import java.util.Optional;

/**
 * What the console holds about one host for verifying its labels, as plain values (no fleet model, so vtpmctl and
 * tests use it as the console does): the name the console knows the host by, the certificates its agent reported
 * (DER, checked here before any use), the AIK's certification of RSA_local, and the QEMU digests the agent calls
 * approved — the last only to show, never to decide.
 */
public record HostEvidence(String name, List<ReportedCertificate> certificates,
		Optional<RsaLocalCertification> rsaLocalCertification, List<String> agentApprovedQemu) {

	/** A certificate as an agent reported it: the serial it named (for messages) and the DER bytes. */
	public record ReportedCertificate(String serialNumber, byte[] encoded) {
	}

	/** TPM2_Certify of RSA_local by the host's AIK over a nonce the console chose (SPEC §3). */
	public record RsaLocalCertification(byte[] publicArea, byte[] qualifyingData, byte[] attest, byte[] signature) {
	}

	public HostEvidence {
		certificates = List.copyOf(certificates);
		agentApprovedQemu = List.copyOf(agentApprovedQemu);
	}
}
