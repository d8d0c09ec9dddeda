package org.vtpmconsole.attest;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.tpm.verify.Attestation;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.QuoteVerifier;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.tpm.verify.VerificationException;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.Check;
import org.vtpmconsole.verify.HostKeyCertificates;

/**
 * The headless verifier of SPEC §9.1 evidence, shared by the console and vtpmctl: nonce, AIK certificate (fleet root
 * issued, current, not revoked, for this host), the host quote, and per VM H_i, its quote or audit path, the log
 * replay and the trail. Each VM stands on its own checks plus the host's, so one tampered VM fails alone: in merkle
 * mode the quote signs the reported root, and each VM's audit path from its recomputed H_i (which holds the nonce)
 * to that root shows that the root is fresh and commits to this VM. Every
 * refusal carries its reason; what cannot be checked is "not checked", which never verifies.
 */
public final class EvidenceVerifier {
	public static final String NONCE = "nonce";
	public static final String AIK_CERTIFICATE = "AIK certificate";
	public static final String HOST_QUOTE = "host quote";
	public static final String MERKLE_ROOT = "merkle root";
	public static final String H = "H_i";
	public static final String VM_QUOTE = "VM quote";
	public static final String AUDIT_PATH = "audit path";
	public static final String TRAIL = "trail";

	private final CertificateTrust trust;
	private final TrailReplay trailReplay;
	private final PcrSelection requiredHostPcrs;

	/**
	 * @param requiredHostPcrs the host PCRs every quote must cover (at least); {@link EvidenceProducer#DEFAULT_HOST_PCRS}
	 */
	public EvidenceVerifier(CertificateTrust trust, TrailReplay trailReplay, PcrSelection requiredHostPcrs) {
		this.trust = trust;
		this.trailReplay = trailReplay;
		this.requiredHostPcrs = requiredHostPcrs;
	}

	/**
	 * @param expectedNonce the nonce the challenger sent: evidence for any other is stale or replayed
	 */
	public EvidenceVerification verify(Evidence evidence, byte[] expectedNonce, Instant now) {
		List<Check> host = new ArrayList<>();
		host.add(MessageDigest.isEqual(evidence.nonce(), expectedNonce)
				? Check.passed(NONCE, "answers the challenger's nonce")
				: Check.failed(NONCE, "the evidence answers another nonce than the challenger sent"));
		RSAPublicKey aik = null;
		try {
			X509Certificate certificate = certificate(evidence.aikCertificate());
			host.add(aikCheck(certificate, evidence.host(), now));
			if (certificate.getPublicKey() instanceof RSAPublicKey rsa)
				aik = rsa;
		} catch (CertificateException e) {
			host.add(Check.failed(AIK_CERTIFICATE, "is not a DER X.509 certificate: " + e.getMessage()));
		}
		boolean merkle = evidence.mode() == AttestationMode.MERKLE;
		byte[] hostQualifyingData = merkle ? evidence.merkleRoot() : expectedNonce;
		host.add(quoteCheck(HOST_QUOTE, aik, evidence.quote(), hostQualifyingData, evidence));
		List<byte[]> hashes = evidence.vms().stream().map(vm -> EvidenceHash.of(vm.measurements(), expectedNonce)).toList();
		if (merkle && hashes.isEmpty())
			host.add(Check.failed(MERKLE_ROOT, "merkle evidence for no VM: the quoted root binds no nonce"));
		boolean hostVerified = host.stream().allMatch(Check::isPassed);
		List<VmVerification> vms = new ArrayList<>();
		for (int i = 0; i < evidence.vms().size(); i++) {
			VmEvidence vm = evidence.vms().get(i);
			List<Check> checks = new ArrayList<>();
			checks.add(MessageDigest.isEqual(vm.h(), hashes.get(i))
					? Check.passed(H, "recomputed from vPCRs, trail, H(uuid) and nonce")
					: Check.failed(H, "does not match SHA-256 of this VM's vPCRs, trail registers, H(uuid) and the nonce"));
			checks.add(merkle ? auditPathCheck(evidence, i, hashes.get(i)) : vmQuoteCheck(aik, vm, hashes.get(i), evidence));
			checks.add(MeasurementReplay.check(vm.measurements()));
			checks.add(trailCheck(vm.measurements()));
			vms.add(new VmVerification(vm.measurements().uuid(), i, checks, hostVerified));
		}
		return new EvidenceVerification(host, vms);
	}

	private Check aikCheck(X509Certificate certificate, String host, Instant now) {
		ChainVerification chain = HostKeyCertificates.verify(certificate, Role.AIK, host, trust, now);
		if (chain.isValid())
			return Check.passed(AIK_CERTIFICATE, "issued by the fleet root for " + host + ", current, not revoked");
		boolean failed = trust.fleetRoot().isPresent() && (!chain.reachesRoot()
				|| chain.links().stream().flatMap(link -> link.checks().stream()).anyMatch(Check::isFailed));
		return failed ? Check.failed(AIK_CERTIFICATE, chain.summary()) : Check.notChecked(AIK_CERTIFICATE, chain.summary());
	}

	private Check vmQuoteCheck(RSAPublicKey aik, VmEvidence vm, byte[] h, Evidence evidence) {
		return vm.quote().map(quote -> quoteCheck(VM_QUOTE, aik, quote, h, evidence))
				.orElse(Check.failed(VM_QUOTE, "per-vm evidence without this VM's quote"));
	}

	/** Signature by the AIK, type quote, extraData, PCR digest against the reported host PCRs, and their selection. */
	private Check quoteCheck(String name, RSAPublicKey aik, SignedQuote quote, byte[] qualifyingData, Evidence evidence) {
		if (aik == null)
			return Check.notChecked(name, "no RSA attestation key to check the signature with");
		try {
			Attestation attestation = QuoteVerifier.verify(aik, quote.attest(), quote.signature(), qualifyingData,
					evidence.hostPcrs());
			PcrSelection reported = reportedSelection(evidence);
			if (!attestation.pcrSelection().equals(reported))
				return Check.failed(name, "quotes host PCRs " + attestation.pcrSelection() + " but the evidence reports "
						+ reported);
			if (!covers(attestation.pcrSelection(), requiredHostPcrs))
				return Check.failed(name, "quotes host PCRs " + attestation.pcrSelection() + ", which lack some of "
						+ requiredHostPcrs);
			return Check.passed(name, "signed by the AIK over host PCRs " + reported);
		} catch (VerificationException e) {
			return Check.failed(name, e.getMessage());
		}
	}

	private static Check auditPathCheck(Evidence evidence, int index, byte[] h) {
		int size = evidence.vms().size();
		return MerkleTree.verifyAuditPath(index, size, h, evidence.vms().get(index).auditPath(), evidence.merkleRoot())
				? Check.passed(AUDIT_PATH, "leaf " + index + " of " + size + " leads to the quoted root")
				: Check.failed(AUDIT_PATH, "does not lead leaf " + index + " of " + size + " to the quoted root");
	}

	private Check trailCheck(VmMeasurements vm) {
		if (!vm.trailLog().isEmpty())
			return trailReplay.replay(vm.uuid(), vm.trailLog(), vm.trail());
		byte[] zero = new byte[VmMeasurements.DIGEST_BYTES];
		boolean allZero = vm.trail().stream().allMatch(register -> Arrays.equals(register, zero));
		return allZero ? Check.passed(TRAIL, "no trail events: registers 24-31 hold their creation value zero")
				: Check.failed(TRAIL, "registers 24-31 are not all zero, yet the evidence carries no trail lines");
	}

	private static PcrSelection reportedSelection(Evidence evidence) {
		PcrSelection selection = null;
		for (Map.Entry<TpmHash, SortedMap<Integer, byte[]>> bank : evidence.hostPcrs().asMap().entrySet()) {
			int[] pcrs = bank.getValue().keySet().stream().mapToInt(Integer::intValue).toArray();
			selection = selection == null ? PcrSelection.of(bank.getKey(), pcrs) : selection.and(bank.getKey(), pcrs);
		}
		return selection == null ? PcrSelection.of(TpmHash.SHA256) : selection;
	}

	private static boolean covers(PcrSelection selection, PcrSelection required) {
		for (Map.Entry<TpmHash, SortedSet<Integer>> bank : required.banks().entrySet()) {
			SortedSet<Integer> selected = selection.banks().get(bank.getKey());
			if (selected == null || !selected.containsAll(bank.getValue()))
				return false;
		}
		return true;
	}

	private static X509Certificate certificate(byte[] der) throws CertificateException {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}
}
