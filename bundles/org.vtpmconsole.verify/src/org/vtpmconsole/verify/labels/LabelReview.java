package org.vtpmconsole.verify.labels;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.label.LabelStatus;
import org.vtpmconsole.label.LabelVerification;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * The console's own verdict on a label (ARCHITECTURE principle 1): the raw bytes an agent sent are decoded here and
 * checked with {@link LabelVerifier} against the keys {@link LabelTrust} vouches for, the VM's UUID and the QEMU
 * digests the console approves ({@link ApprovedQemu}). Nothing an agent says about the label's validity, or about
 * which QEMU is approved, is used. A check that could not be made is reported as failed ("not checked: …"): the
 * console counts "not checked" as not valid.
 */
public record LabelReview(Optional<Label> label, Optional<LabelFormatException> formatError,
		LabelVerification verification, LabelVerdict verdict) {

	/** How long before notAfter a valid label is flagged as expiring, so there is time to re-issue it. */
	public static final Duration EXPIRY_WARNING = Duration.ofDays(30);
	static final String NOT_CHECKED = "not checked, which the console counts as not valid: ";

	/**
	 * The signers the console accepts at {@code now}: {@code custom} if given (a policy in the console's context),
	 * else the fleet CA's RSA_mig certificates plus each host's RSA_local as its AIK certified it. The editor, the
	 * fleet-wide verification and vtpmctl ask the same question.
	 */
	public static LabelTrust trust(LabelTrust custom, CertificateTrust certificates, List<HostEvidence> fleet,
			Instant now) {
		return custom != null ? custom : new AikCertifiedLabelTrust(certificates, fleet, now);
	}

	/**
	 * @param encoded the label bytes as an agent (or an image) holds them; null when none arrived
	 * @param vmUuid  the UUID of the VM the label is for, as the console knows it; empty or unreadable leaves the
	 *                UUID not checked, hence not valid
	 * @param host    the host the label was read on; empty when it belongs to none
	 */
	public static LabelReview of(byte[] encoded, Optional<String> vmUuid, Optional<HostEvidence> host,
			LabelTrust trust, ApprovedQemu approved, Instant now) {
		if (encoded == null) {
			return refused(Optional.empty(), "the agent sent no label bytes, so there is nothing to verify");
		}
		Label label;
		try {
			label = LabelCodec.decode(encoded);
		} catch (LabelFormatException e) {
			return refused(Optional.of(e), "the label bytes do not decode: " + e.getMessage());
		}
		LabelTrust.Signers signers = host.map(trust::signersFor)
				.orElse(new LabelTrust.Signers(List.of(), List.of("the label belongs to no host in the fleet")));
		LabelVerification raw = LabelVerifier.verify(label, signers.vouched(), now, expectations(vmUuid, approved));
		LabelVerification verification = failClosed(explainUnvouchedSigner(raw, label, signers), approved, host);
		LabelVerdict verdict = !verification.valid() ? LabelVerdict.INVALID
				: now.plus(EXPIRY_WARNING).isAfter(label.notAfter()) ? LabelVerdict.EXPIRING : LabelVerdict.VALID;
		return new LabelReview(Optional.of(label), Optional.empty(), verification, verdict);
	}

	private static LabelReview refused(Optional<LabelFormatException> error, String reason) {
		return new LabelReview(Optional.empty(), error, new LabelVerification(
				List.of(new LabelCheck(LabelCheck.Kind.SIGNATURE, LabelCheck.Outcome.FAILED, reason))),
				LabelVerdict.INVALID);
	}

	/**
	 * The verifier only knows "an unknown key"; here the console can say why it is unknown — nothing in the fleet
	 * vouches for it — and what it considered and refused, so the failure is honest and actionable.
	 */
	private static LabelVerification explainUnvouchedSigner(LabelVerification verification, Label label,
			LabelTrust.Signers signers) {
		boolean vouched = signers.vouched().stream().anyMatch(s -> MessageDigest.isEqual(s.name(), label.signerName()));
		if (vouched) {
			return verification;
		}
		StringBuilder reason = new StringBuilder("signer not vouched for by the fleet CA: neither a verified RSA_mig "
				+ "certificate nor an AIK-certified RSA_local has the signer's TPM name "
				+ HexFormat.of().formatHex(label.signerName()));
		reason.append(label.status() == LabelStatus.LOCAL
				? " (a LOCAL label is signed by RSA_local, which the fleet CA vouches for only through the host's AIK)"
				: "");
		signers.refusals().forEach(refusal -> reason.append("; refused ").append(refusal));
		return replace(verification, LabelCheck.Kind.SIGNER,
				new LabelCheck(LabelCheck.Kind.SIGNER, LabelCheck.Outcome.FAILED, reason.toString()));
	}

	/**
	 * Every check the verifier could not make becomes a failure that says so: a label whose QEMU or UUID nobody
	 * checked must not show green. The agent's own QEMU list is named as information only.
	 */
	private static LabelVerification failClosed(LabelVerification verification, ApprovedQemu approved,
			Optional<HostEvidence> host) {
		List<LabelCheck> checks = new ArrayList<>();
		for (LabelCheck check : verification.checks()) {
			if (check.outcome() != LabelCheck.Outcome.NOT_CHECKED) {
				checks.add(check);
			} else {
				String why = check.kind() == LabelCheck.Kind.QEMU && approved.isEmpty()
						? "the console approves no QEMU binary yet (set its approved QEMU digests)"
								+ agentList(host)
						: check.reason();
				checks.add(new LabelCheck(check.kind(), LabelCheck.Outcome.FAILED, NOT_CHECKED + why));
			}
		}
		return new LabelVerification(checks);
	}

	private static String agentList(Optional<HostEvidence> host) {
		return host.filter(h -> !h.agentApprovedQemu().isEmpty())
				.map(h -> "; the agent of " + h.name() + " calls " + String.join(", ", h.agentApprovedQemu())
						+ " approved (information only: an agent's word is not trusted)")
				.orElse("");
	}

	private static LabelVerification replace(LabelVerification verification, LabelCheck.Kind kind, LabelCheck with) {
		List<LabelCheck> checks = new ArrayList<>();
		for (LabelCheck check : verification.checks()) {
			checks.add(check.kind() == kind ? with : check);
		}
		return new LabelVerification(checks);
	}

	private static LabelVerifier.Expectations expectations(Optional<String> vmUuid, ApprovedQemu approved) {
		LabelVerifier.Expectations expected = LabelVerifier.Expectations.none().withApprovedQemu(approved.digests());
		if (vmUuid.isPresent()) {
			try {
				expected = expected.withVm(UUID.fromString(vmUuid.get()));
			} catch (IllegalArgumentException e) {
				// an unreadable UUID leaves the UUID check "not checked", which fails closed below with its reason
			}
		}
		return expected;
	}
}
