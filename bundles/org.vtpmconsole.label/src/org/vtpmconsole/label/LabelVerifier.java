package org.vtpmconsole.label;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies a label without a TPM (console, vtpmctl offline, agent alike): who signed it and whether that key may
 * sign this status, the signature, the validity window, and — when the caller knows them — the approved QEMU,
 * the VM's UUID and the vTPM's state-key check value. Every check is reported, not only the first failure.
 */
public final class LabelVerifier {

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * What the caller knows about the VM the label is meant for; anything left empty is not checked. The state
	 * key's check value is only checked on the host, where the TPM can unwrap the key.
	 */
	public record Expectations(Optional<UUID> vmUuid, List<byte[]> approvedQemuDigests,
			Optional<byte[]> stateKeyCheckValue) {

		public static Expectations none() {
			return new Expectations(Optional.empty(), List.of(), Optional.empty());
		}

		public Expectations withVm(UUID uuid) {
			return new Expectations(Optional.of(uuid), approvedQemuDigests, stateKeyCheckValue);
		}

		public Expectations withApprovedQemu(List<byte[]> digests) {
			return new Expectations(vmUuid, List.copyOf(digests), stateKeyCheckValue);
		}

		public Expectations withStateKeyCheckValue(byte[] checkValue) {
			return new Expectations(vmUuid, approvedQemuDigests, Optional.of(checkValue.clone()));
		}
	}

	private LabelVerifier() {
	}

	public static LabelVerification verify(Label label, Collection<TrustedSigner> signers, Instant now,
			Expectations expected) {
		List<LabelCheck> checks = new ArrayList<>();
		Optional<TrustedSigner> signer = signers.stream()
				.filter(candidate -> MessageDigest.isEqual(candidate.name(), label.signerName())).findFirst();
		checks.add(signerCheck(label, signer));
		checks.add(signer.map(key -> signatureCheck(label, key)).orElse(LabelCheck
				.notChecked(LabelCheck.Kind.SIGNATURE, "no trusted key with the signer's name to check it with")));
		checks.add(validityCheck(label, now));
		checks.add(qemuCheck(label, expected.approvedQemuDigests()));
		checks.add(uuidCheck(label, expected.vmUuid()));
		// the state-key check needs the host TPM to unwrap the key: HostLabels.check adds it
		return new LabelVerification(checks);
	}

	private static LabelCheck signerCheck(Label label, Optional<TrustedSigner> signer) {
		String name = HEX.formatHex(label.signerName());
		if (signer.isEmpty()) {
			return LabelCheck.failed(LabelCheck.Kind.SIGNER, "signed by an unknown key (TPM name " + name + ")");
		}
		TrustedSigner key = signer.get();
		if (key.role().signs() != label.status()) {
			return LabelCheck.failed(LabelCheck.Kind.SIGNER, "a " + label.status() + " label signed by "
					+ key.description() + ", which may only sign " + key.role().signs() + " labels");
		}
		return LabelCheck.passed(LabelCheck.Kind.SIGNER, "signed by " + key.description() + " (TPM name " + name + ")");
	}

	private static LabelCheck signatureCheck(Label label, TrustedSigner signer) {
		try {
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(signer.publicKey());
			verifier.update(label.signedBytes());
			if (verifier.verify(label.signature())) {
				return LabelCheck.passed(LabelCheck.Kind.SIGNATURE, "RSASSA-SHA256 signature verifies");
			}
			return LabelCheck.failed(LabelCheck.Kind.SIGNATURE,
					"the signature does not match the label's content: the label was altered after signing");
		} catch (GeneralSecurityException e) {
			return LabelCheck.failed(LabelCheck.Kind.SIGNATURE, "the signature cannot be checked: " + e.getMessage());
		}
	}

	private static LabelCheck validityCheck(Label label, Instant now) {
		if (now.isBefore(label.notBefore())) {
			return LabelCheck.failed(LabelCheck.Kind.VALIDITY,
					"not valid before " + label.notBefore() + " (now " + now + ")");
		}
		if (now.isAfter(label.notAfter())) {
			return LabelCheck.failed(LabelCheck.Kind.VALIDITY, "expired at " + label.notAfter() + " ("
					+ Duration.between(label.notAfter(), now).toDays() + " days ago); re-issue it before the vTPM may start");
		}
		return LabelCheck.passed(LabelCheck.Kind.VALIDITY,
				"valid from " + label.notBefore() + " until " + label.notAfter());
	}

	private static LabelCheck qemuCheck(Label label, List<byte[]> approved) {
		if (approved.isEmpty()) {
			return LabelCheck.notChecked(LabelCheck.Kind.QEMU, "no approved QEMU given");
		}
		boolean match = approved.stream().anyMatch(digest -> Arrays.equals(digest, label.qemuDigest()));
		return match ? LabelCheck.passed(LabelCheck.Kind.QEMU, "qemuDigest is an approved QEMU binary")
				: LabelCheck.failed(LabelCheck.Kind.QEMU, "qemuDigest " + HEX.formatHex(label.qemuDigest())
						+ " is not the digest of an approved QEMU binary");
	}

	private static LabelCheck uuidCheck(Label label, Optional<UUID> vm) {
		if (vm.isEmpty()) {
			return LabelCheck.notChecked(LabelCheck.Kind.UUID, "no VM UUID given");
		}
		byte[] expected = Label.uuidHash(label.digestAlgorithm(), vm.get());
		return MessageDigest.isEqual(expected, label.uuidHash())
				? LabelCheck.passed(LabelCheck.Kind.UUID, "uuidHash is H(" + vm.get() + ")")
				: LabelCheck.failed(LabelCheck.Kind.UUID, "the label belongs to another VM: uuidHash is not H(" + vm.get() + ")");
	}
}
