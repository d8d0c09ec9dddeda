package org.vtpmconsole.ui.labels;

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
import org.vtpmconsole.label.LabelVerification;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.VerificationState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.ui.certs.CertificateTrust;

/**
 * The console's own verdict on a label (ARCHITECTURE principle 1): the raw bytes the agent sent are decoded here
 * and checked with {@link LabelVerifier} against the keys {@link LabelTrust} vouches for, the VM's UUID and the
 * host's approved QEMU digests. Nothing the agent says about the label's validity is used.
 */
record LabelReview(Optional<Label> label, Optional<LabelFormatException> formatError, LabelVerification verification,
		VerificationState state) {

	/** How long before notAfter a valid label is flagged as expiring, so there is time to re-issue it. */
	static final Duration EXPIRY_WARNING = Duration.ofDays(30);

	/**
	 * The signers the console accepts at {@code now}: a {@link LabelTrust} put into the context, else the fleet CA's
	 * RSA_mig certificates plus each host's RSA_local as its AIK certified it. The editor and the fleet-wide
	 * verification ask the same question.
	 */
	static LabelTrust trust(LabelTrust custom, CertificateTrust certificates, Instant now) {
		return custom != null ? custom : new AikCertifiedLabelTrust(certificates, now);
	}

	static LabelReview of(org.vtpmconsole.model.Label input, LabelTrust trust, Instant now) {
		byte[] encoded = input.getEncoded();
		if (encoded == null) {
			return refused(Optional.empty(), "the agent sent no label bytes, so there is nothing to verify");
		}
		Label label;
		try {
			label = LabelCodec.decode(encoded);
		} catch (LabelFormatException e) {
			return refused(Optional.of(e), "the label bytes do not decode: " + e.getMessage());
		}
		Optional<Host> host = hostOf(input);
		LabelTrust.Signers signers = host.map(trust::signersFor)
				.orElse(new LabelTrust.Signers(List.of(), List.of("the label belongs to no host in the fleet")));
		LabelVerification raw = LabelVerifier.verify(label, signers.vouched(), now, expectations(input, host));
		LabelVerification verification = explainUnvouchedSigner(raw, label, signers);
		VerificationState state = !verification.valid() ? VerificationState.INVALID
				: now.plus(EXPIRY_WARNING).isAfter(label.notAfter()) ? VerificationState.EXPIRING : VerificationState.VALID;
		return new LabelReview(Optional.of(label), Optional.empty(), verification, state);
	}

	private static LabelReview refused(Optional<LabelFormatException> error, String reason) {
		return new LabelReview(Optional.empty(), error, new LabelVerification(
				List.of(new LabelCheck(LabelCheck.Kind.SIGNATURE, LabelCheck.Outcome.FAILED, reason))),
				VerificationState.INVALID);
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
		reason.append(label.status() == org.vtpmconsole.label.LabelStatus.LOCAL
				? " (a LOCAL label is signed by RSA_local, which the fleet CA vouches for only through the host's AIK)"
				: "");
		signers.refusals().forEach(refusal -> reason.append("; refused ").append(refusal));
		List<LabelCheck> checks = new ArrayList<>();
		for (LabelCheck check : verification.checks()) {
			checks.add(check.kind() == LabelCheck.Kind.SIGNER
					? new LabelCheck(LabelCheck.Kind.SIGNER, LabelCheck.Outcome.FAILED, reason.toString()) : check);
		}
		return new LabelVerification(checks);
	}

	private static LabelVerifier.Expectations expectations(org.vtpmconsole.model.Label input, Optional<Host> host) {
		LabelVerifier.Expectations expected = LabelVerifier.Expectations.none();
		if (input.eContainer() instanceof VirtualMachine vm && vm.getUuid() != null) {
			try {
				expected = expected.withVm(UUID.fromString(vm.getUuid()));
			} catch (IllegalArgumentException e) {
				// an unreadable UUID leaves the UUID check "not checked", which the editor shows with its reason
			}
		}
		if (host.isPresent()) {
			List<byte[]> approved = new ArrayList<>();
			for (String hex : host.get().getApprovedQemuDigests()) {
				try {
					approved.add(HexFormat.of().parseHex(hex.trim()));
				} catch (IllegalArgumentException e) {
					// not a digest, cannot match any label; the QEMU check reports a mismatch or "not checked"
				}
			}
			expected = expected.withApprovedQemu(approved);
		}
		return expected;
	}

	private static Optional<Host> hostOf(org.vtpmconsole.model.Label input) {
		return input.eContainer() instanceof VirtualMachine vm && vm.eContainer() instanceof Host host ? Optional.of(host)
				: Optional.empty();
	}
}
