package org.vtpmconsole.attest;

import java.util.List;

import org.vtpmconsole.tpm.verify.PcrValues;

/**
 * A host's answer to an {@link AttestationRequest} (SPEC §9.1, bytes in docs/attestation.md): the nonce it
 * answers, the host's name and AIK certificate (DER), the host PCR values its quotes cover, the host quote
 * (qualifyingData = nonce in per-vm mode, = the Merkle root in merkle mode, which {@code merkleRoot} repeats) and
 * the VMs in answer order.
 */
public record Evidence(AttestationMode mode, byte[] nonce, String host, byte[] aikCertificate, PcrValues hostPcrs,
		SignedQuote quote, byte[] merkleRoot, List<VmEvidence> vms) {
	public static final int VERSION = 1;

	public Evidence {
		nonce = nonce.clone();
		hostPcrs = copy(hostPcrs);
		aikCertificate = aikCertificate.clone();
		merkleRoot = merkleRoot == null ? null : merkleRoot.clone();
		if ((mode == AttestationMode.MERKLE) != (merkleRoot != null))
			throw new IllegalArgumentException("merkleRoot belongs to merkle mode evidence, and only there");
		vms = List.copyOf(vms);
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}

	/** A copy: PcrValues is mutable. */
	@Override
	public PcrValues hostPcrs() {
		return copy(hostPcrs);
	}

	private static PcrValues copy(PcrValues values) {
		PcrValues copy = new PcrValues();
		values.asMap().forEach((bank, pcrs) -> pcrs.forEach((pcr, value) -> copy.put(bank, pcr, value)));
		return copy;
	}

	@Override
	public byte[] aikCertificate() {
		return aikCertificate.clone();
	}

	@Override
	public byte[] merkleRoot() {
		return merkleRoot == null ? null : merkleRoot.clone();
	}

	/** This evidence with another VM list (how tests and attackers reshape an answer). */
	public Evidence withVms(List<VmEvidence> other) {
		return new Evidence(mode, nonce, host, aikCertificate, hostPcrs, quote, merkleRoot, other);
	}
}
