package org.vtpmconsole.label;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;

/**
 * The label operations that need this host's TPM (SPEC §4): create, re-issue, rotate the state key, open the
 * state key after every check, and the state exchange of §4.3 in both directions. Labels are immutable, so a refused or failed
 * operation leaves the caller's label exactly as it was.
 */
public final class HostLabels {

	private final HostTpm tpm;
	private final Clock clock;
	private final SecureRandom random;

	public HostLabels(HostTpm tpm, Clock clock, SecureRandom random) {
		this.tpm = tpm;
		this.clock = clock;
		this.random = random;
	}

	/** A new label and the state key it wraps; close it to wipe the key. */
	public record Created(Label label, StateKey stateKey) implements AutoCloseable {
		@Override
		public void close() {
			stateKey.close();
		}
	}

	/** A LOCAL label for a new vTPM: fresh AES-256 state key wrapped to RSA_local, signed by RSA_local. */
	public Created create(UUID vm, byte[] qemuDigest, Duration validity) throws LabelException {
		requirePositive(validity);
		StateKey key = StateKey.generate(random);
		try {
			Instant now = clock.instant();
			byte[] localName = name(KeyRole.RSA_LOCAL);
			Label unsigned = Label.builder().status(LabelStatus.LOCAL).validity(now, now.plus(validity))
					.secret(StateKeyWrapping.wrap(key, publicKey(KeyRole.RSA_LOCAL)))
					.uuidHash(Label.uuidHash(HashAlgorithm.SHA256, vm)).qemuDigest(qemuDigest).signerName(localName)
					.recipientName(localName).build();
			return new Created(sign(unsigned, KeyRole.RSA_LOCAL), key);
		} catch (IllegalArgumentException e) {
			key.close();
			throw new LabelException("cannot create the label: " + e.getMessage(), e);
		} catch (LabelException | RuntimeException e) {
			key.close();
			throw e;
		}
	}

	/** The same binding and state key with a new validity window starting now; only for this host's own labels. */
	public Label reissue(Label label, Duration validity) throws LabelException {
		requirePositive(validity);
		requireOwnLocalSignature(label, "re-issue");
		Instant now = clock.instant();
		return sign(label.withValidity(now, now.plus(validity)), KeyRole.RSA_LOCAL);
	}

	/**
	 * The keys of a state-key rotation: the key the vTPM's state is encrypted with now (to read it), its successor,
	 * and the label that wraps the successor. Close it to wipe both keys.
	 */
	public record Rotation(Label label, StateKey currentKey, StateKey nextKey) implements AutoCloseable {
		@Override
		public void close() {
			currentKey.close();
			nextKey.close();
		}
	}

	/**
	 * A fresh AES-256 state key for a vTPM whose LOCAL label passes every check in {@code expected}, which must carry
	 * the vTPM's key check value: the new label wraps the new key to RSA_local and is signed by it, and keeps the
	 * binding and the validity window, because rotation changes the key, not how long the binding is approved
	 * (that is {@link #reissue}). The caller moves the state to the new key before the new label replaces the old.
	 */
	public Rotation rotate(Label label, LabelVerifier.Expectations expected) throws LabelException {
		if (expected.stateKeyCheckValue().isEmpty()) {
			throw new IllegalArgumentException("a rotation must know which key the vTPM is encrypted with");
		}
		requireOwnLocalSignature(label, "rotate the key of");
		StateKey current = openStateKey(label, expected);
		StateKey next = StateKey.generate(random);
		try {
			return new Rotation(wrapToLocal(label, next), current, next);
		} catch (LabelException | RuntimeException e) {
			current.close();
			next.close();
			throw e;
		}
	}

	/**
	 * {@code label} with {@code key} wrapped to this host's RSA_local and signed by it, as a LOCAL label; binding and
	 * validity stay. For a rotation's new key, and for moving a label off a legacy RSA_local ({@link HostKeyMigration}).
	 */
	Label wrapToLocal(Label label, StateKey key) throws LabelException {
		byte[] localName = name(KeyRole.RSA_LOCAL);
		Label unsigned = label.toBuilder().status(LabelStatus.LOCAL)
				.secret(StateKeyWrapping.wrap(key, publicKey(KeyRole.RSA_LOCAL))).signerName(localName)
				.recipientName(localName).build();
		return sign(unsigned, KeyRole.RSA_LOCAL);
	}

	/** This host's keys that may sign labels: RSA_local for LOCAL labels, RSA_mig for MIGRATING ones. */
	public List<TrustedSigner> ownSigners() throws LabelException {
		List<TrustedSigner> signers = new ArrayList<>();
		signers.add(new TrustedSigner(publicKey(KeyRole.RSA_LOCAL), name(KeyRole.RSA_LOCAL),
				TrustedSigner.Role.RSA_LOCAL, "RSA_local of " + tpm.address()));
		signers.add(new TrustedSigner(publicKey(KeyRole.RSA_MIG), name(KeyRole.RSA_MIG), TrustedSigner.Role.RSA_MIG,
				"RSA_mig of " + tpm.address()));
		return signers;
	}

	/**
	 * Every check a host makes before it serves a vTPM, in SPEC §5 order, including — when the expectations
	 * carry the vTPM's key check value and the label is authentic — that the label's key opens that vTPM.
	 */
	public LabelVerification check(Label label, LabelVerifier.Expectations expected) throws LabelException {
		LabelVerification verification = LabelVerifier.verify(label, ownSigners(), clock.instant(), expected);
		if (expected.stateKeyCheckValue().isEmpty()) {
			return verification;
		}
		List<LabelCheck> checks = new ArrayList<>(verification.checks());
		// an authentic label is opened even when it fails other checks, so every reason is reported at once
		if (verification.failed(LabelCheck.Kind.SIGNER) || verification.failed(LabelCheck.Kind.SIGNATURE)) {
			checks.add(LabelCheck.notChecked(LabelCheck.Kind.STATE_KEY, "not unwrapped: the label is not authentic"));
		} else if (label.status() != LabelStatus.LOCAL) {
			checks.add(LabelCheck.failed(LabelCheck.Kind.STATE_KEY, "a " + label.status()
					+ " label's key is wrapped for migration; exchange it to LOCAL first"));
		} else {
			try (StateKey key = unwrap(label, KeyRole.RSA_LOCAL)) {
				checks.add(key.matches(expected.stateKeyCheckValue().get())
						? LabelCheck.passed(LabelCheck.Kind.STATE_KEY, "the label's key is the key of this vTPM")
						: LabelCheck.failed(LabelCheck.Kind.STATE_KEY,
								"the label's key does not open this vTPM: the image and the vTPM belong to different VMs"));
			}
		}
		return new LabelVerification(checks);
	}

	/** The state key, released only when {@link #check} passes every check it can make. */
	public StateKey openStateKey(Label label, LabelVerifier.Expectations expected) throws LabelException {
		LabelVerification verification = check(label, expected);
		if (!verification.valid()) {
			throw new LabelException("label refused: " + verification.summary());
		}
		return unwrap(label, KeyRole.RSA_LOCAL);
	}

	/**
	 * LOCAL → MIGRATING for destination D (SPEC §4.3, §6 steps 4-7): the key re-wrapped to D's RSA_mig, notBefore
	 * set to the departure time (the anti-replay stamp), signed by this host's RSA_mig.
	 */
	public Label toMigrating(Label label, TrustedSigner destinationRsaMig) throws LabelException {
		if (destinationRsaMig.role() != TrustedSigner.Role.RSA_MIG) {
			throw new LabelException("the destination key must be an RSA_mig key, got " + destinationRsaMig.role());
		}
		requireOwnLocalSignature(label, "migrate");
		Instant departure = clock.instant();
		try (StateKey key = unwrap(label, KeyRole.RSA_LOCAL)) {
			Label unsigned = label.toBuilder().status(LabelStatus.MIGRATING).validity(departure, label.notAfter())
					.secret(StateKeyWrapping.wrap(key, destinationRsaMig.publicKey()))
					.signerName(name(KeyRole.RSA_MIG)).recipientName(destinationRsaMig.name()).build();
			return sign(unsigned, KeyRole.RSA_MIG);
		} catch (IllegalArgumentException e) {
			throw new LabelException("cannot migrate the label: " + e.getMessage(), e);
		}
	}

	/** MIGRATING → LOCAL from source S (SPEC §4.3): verified with S's RSA_mig, re-wrapped to own RSA_local. */
	public Label toLocal(Label label, TrustedSigner sourceRsaMig) throws LabelException {
		if (label.status() != LabelStatus.MIGRATING) {
			throw new LabelException("only a MIGRATING label can be taken in, this one is " + label.status());
		}
		LabelVerification verification = LabelVerifier.verify(label, List.of(sourceRsaMig), clock.instant(),
				LabelVerifier.Expectations.none());
		if (!verification.valid()) {
			throw new LabelException("label from " + sourceRsaMig.description() + " refused: " + verification.summary());
		}
		if (!MessageDigest.isEqual(label.recipientName(), name(KeyRole.RSA_MIG))) {
			throw new LabelException("the label's key is wrapped for another host's RSA_mig, not for " + tpm.address());
		}
		byte[] localName = name(KeyRole.RSA_LOCAL);
		try (StateKey key = unwrap(label, KeyRole.RSA_MIG)) {
			Label unsigned = label.toBuilder().status(LabelStatus.LOCAL)
					.secret(StateKeyWrapping.wrap(key, publicKey(KeyRole.RSA_LOCAL))).signerName(localName)
					.recipientName(localName).build();
			return sign(unsigned, KeyRole.RSA_LOCAL);
		}
	}

	private void requireOwnLocalSignature(Label label, String operation) throws LabelException {
		if (label.status() != LabelStatus.LOCAL) {
			throw new LabelException("cannot " + operation + " a " + label.status() + " label; only LOCAL labels");
		}
		LabelVerification verification = LabelVerifier.verify(label, ownSigners(), clock.instant(),
				LabelVerifier.Expectations.none());
		List<LabelCheck> integrity = verification.failures().stream()
				.filter(check -> check.kind() == LabelCheck.Kind.SIGNER || check.kind() == LabelCheck.Kind.SIGNATURE)
				.toList();
		if (!integrity.isEmpty()) {
			throw new LabelException("cannot " + operation + " the label: "
					+ new LabelVerification(integrity).summary());
		}
	}

	private StateKey unwrap(Label label, KeyRole role) throws LabelException {
		try {
			return StateKey.adopt(tpm.decryptOaepSha256(role, label.secret()));
		} catch (TpmException e) {
			throw new LabelException("the host TPM cannot unwrap the state key with " + role + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new LabelException("the unwrapped secret is not a state key: " + e.getMessage(), e);
		}
	}

	private Label sign(Label unsigned, KeyRole role) throws LabelException {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(unsigned.signedBytes());
			return unsigned.withSignature(tpm.signSha256(role, digest));
		} catch (TpmException e) {
			throw new LabelException("the host TPM cannot sign the label with " + role + ": " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
		}
	}

	private RSAPublicKey publicKey(KeyRole role) throws LabelException {
		try {
			return tpm.publicKey(role);
		} catch (TpmException e) {
			throw new LabelException("cannot read " + role + " from " + tpm.address() + ": " + e.getMessage(), e);
		}
	}

	private byte[] name(KeyRole role) throws LabelException {
		try {
			return tpm.name(role);
		} catch (TpmException e) {
			throw new LabelException("cannot read the name of " + role + " from " + tpm.address() + ": "
					+ e.getMessage(), e);
		}
	}

	private static void requirePositive(Duration validity) throws LabelException {
		if (validity.isNegative() || validity.isZero()) {
			throw new LabelException("a label's validity must be positive, got " + validity);
		}
	}
}
