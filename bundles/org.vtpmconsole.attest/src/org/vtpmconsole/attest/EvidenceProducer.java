package org.vtpmconsole.attest;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.tpm.Quote;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * Makes a host's answer (SPEC §9.1) from the VMs' measurements with the host TPM's AIK: per-vm mode quotes each
 * H_i and then the nonce (n+1 quotes), merkle mode quotes the root of the tree over the H_i once. The agent calls it
 * with what the gateway and the trail recorded; the VMs appear in the order given.
 */
public final class EvidenceProducer {
	/** SHA-256 PCRs 0-7: the host's firmware, boot loader and kernel measurements. */
	public static final PcrSelection DEFAULT_HOST_PCRS = PcrSelection.of(TpmHash.SHA256, 0, 1, 2, 3, 4, 5, 6, 7);

	private final TssHostTpm tpm;
	private final String host;
	private final byte[] aikCertificate;
	private final PcrSelection hostSelection;

	/**
	 * @param host the name the AIK certificate was issued for (agent.name)
	 * @param aikCertificate the fleet CA's DER certificate of this TPM's AIK
	 */
	public EvidenceProducer(TssHostTpm tpm, String host, byte[] aikCertificate, PcrSelection hostSelection) {
		if (hostSelection.banks().keySet().stream().anyMatch(bank -> bank != TpmHash.SHA256) || hostSelection.isEmpty())
			throw new IllegalArgumentException("host PCR selection must be SHA-256 PCRs, not " + hostSelection);
		this.tpm = tpm;
		this.host = host;
		this.aikCertificate = aikCertificate.clone();
		this.hostSelection = hostSelection;
	}

	public Evidence produce(AttestationRequest request, List<VmMeasurements> vms) throws TpmException {
		if (vms.stream().map(VmMeasurements::uuid).distinct().count() != vms.size())
			throw new IllegalArgumentException("a VM appears twice in the answer");
		byte[] nonce = request.nonce();
		List<byte[]> hashes = vms.stream().map(vm -> EvidenceHash.of(vm, nonce)).toList();
		return request.mode() == AttestationMode.PER_VM ? perVm(nonce, vms, hashes) : merkle(nonce, vms, hashes);
	}

	private Evidence perVm(byte[] nonce, List<VmMeasurements> vms, List<byte[]> hashes) throws TpmException {
		Quote hostQuote = tpm.quote(nonce, hostSelection);
		List<VmEvidence> answers = new ArrayList<>();
		for (int i = 0; i < vms.size(); i++) {
			Quote quote = tpm.quote(hashes.get(i), hostSelection);
			requireSameHostPcrs(hostQuote.pcrValues(), quote.pcrValues());
			answers.add(new VmEvidence(vms.get(i), hashes.get(i), Optional.of(signed(quote)), List.of()));
		}
		return new Evidence(AttestationMode.PER_VM, nonce, host, aikCertificate, hostQuote.pcrValues(), signed(hostQuote),
				null, answers);
	}

	private Evidence merkle(byte[] nonce, List<VmMeasurements> vms, List<byte[]> hashes) throws TpmException {
		MerkleTree tree = new MerkleTree(hashes);
		byte[] root = tree.root();
		Quote quote = tpm.quote(root, hostSelection);
		List<VmEvidence> answers = new ArrayList<>();
		for (int i = 0; i < vms.size(); i++)
			answers.add(new VmEvidence(vms.get(i), hashes.get(i), Optional.empty(), tree.auditPath(i)));
		return new Evidence(AttestationMode.MERKLE, nonce, host, aikCertificate, quote.pcrValues(), signed(quote), root,
				answers);
	}

	/**
	 * The answer reports one set of host PCR values for all its quotes; a host PCR extended between two of them would
	 * make one quote unverifiable, so the request fails and can be asked again.
	 */
	private void requireSameHostPcrs(PcrValues first, PcrValues later) throws TpmException {
		try {
			if (!MessageDigest.isEqual(first.digest(TpmHash.SHA256, hostSelection),
					later.digest(TpmHash.SHA256, hostSelection)))
				throw new TpmException("host PCRs " + hostSelection + " changed during the attestation; ask again");
		} catch (VerificationException e) {
			throw new TpmException("host PCR read lacks a selected PCR: " + e.getMessage(), e);
		}
	}

	private static SignedQuote signed(Quote quote) {
		return new SignedQuote(quote.attest(), quote.signature());
	}
}
