package org.vtpmconsole.label;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.tpm.KeyHandles;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.LegacyKey;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * Moves a host provisioned before RSA_local and RSA_mig had an authValue onto its new keys (docs/tpm-keys.md, "Moving
 * a host onto the new keys"). Every LOCAL label wrapped to the legacy RSA_local is unwrapped with it (in a salted
 * session), wrapped to the new RSA_local, signed by it and written into its image. The label in the image is the
 * commit point: a crash at any step leaves each image with its old label, which the legacy key still opens, or its new
 * one. A legacy key is evicted only when no image holds a label wrapped to it, so a second run finishes what a killed
 * one left.
 */
public final class HostKeyMigration {
	/** Called between the steps; tests throw from it to stand in for a crash at that point. */
	@FunctionalInterface
	interface Checkpoint {
		void reached(String step) throws IOException;
	}

	/**
	 * @param moved    images whose label now wraps to the new RSA_local
	 * @param evicted  legacy keys evicted by this run
	 * @param kept     legacy keys still present, with the reason
	 * @param problems images left as they were, with the reason
	 */
	public record Result(List<Path> moved, List<KeyRole> evicted, List<String> kept, List<String> problems) {
		public Result {
			moved = List.copyOf(moved);
			evicted = List.copyOf(evicted);
			kept = List.copyOf(kept);
			problems = List.copyOf(problems);
		}

		public boolean nothingToDo() {
			return moved.isEmpty() && evicted.isEmpty() && kept.isEmpty() && problems.isEmpty();
		}
	}

	private final TssHostTpm tpm;
	private final HostLabels labels;
	private final Clock clock;
	private final Qcow2LabelStore store = new Qcow2LabelStore();
	private final Checkpoint checkpoint;

	public HostKeyMigration(TssHostTpm tpm, HostLabels labels, Clock clock) {
		this(tpm, labels, clock, step -> {
		});
	}

	HostKeyMigration(TssHostTpm tpm, HostLabels labels, Clock clock, Checkpoint checkpoint) {
		this.tpm = tpm;
		this.labels = labels;
		this.clock = clock;
		this.checkpoint = checkpoint;
	}

	/**
	 * Moves the labels of {@code images} off the legacy RSA_local, then evicts the legacy keys no label needs.
	 *
	 * @param inUse images that must not be written now (a running QEMU keeps its own copy of the header); their labels
	 *              stay as they are and keep the legacy key alive until a later run
	 */
	public Result migrate(List<Path> images, Predicate<Path> inUse) throws TpmException, IOException {
		List<LegacyKey> legacy = tpm.legacyKeys();
		List<Path> moved = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<KeyRole> evicted = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		if (legacy.isEmpty())
			return new Result(moved, evicted, kept, problems);
		Optional<LegacyKey> oldLocal = legacy.stream().filter(key -> key.role() == KeyRole.RSA_LOCAL).findFirst();
		Optional<LegacyKey> oldMig = legacy.stream().filter(key -> key.role() == KeyRole.RSA_MIG).findFirst();
		int needLocal = 0;
		int needMig = 0;
		for (Path image : images) {
			Optional<Label> label;
			try {
				label = store.read(image);
			} catch (LabelFormatException | IOException e) {
				// unreadable now is not proof that nothing is wrapped to the legacy key
				problems.add(image + ": cannot read its label (" + e.getMessage() + "); left as it is");
				needLocal++;
				needMig++;
				continue;
			}
			if (label.isEmpty())
				continue;
			if (oldMig.isPresent() && wrappedTo(label.get(), oldMig.get())) {
				problems.add(image + ": its " + label.get().status() + " label is wrapped to the legacy RSA_mig at "
						+ KeyHandles.hex(oldMig.get().handle()) + "; take it in (label exchange --to local) first");
				needMig++;
				continue;
			}
			if (oldLocal.isEmpty() || !wrappedTo(label.get(), oldLocal.get()))
				continue;
			if (inUse.test(image)) {
				problems.add(image + ": its VM runs; moved on a later start");
				needLocal++;
				continue;
			}
			try {
				moveOne(image, label.get(), oldLocal.get());
				moved.add(image);
			} catch (LabelException e) {
				problems.add(image + ": " + e.getMessage() + "; left as it is");
			}
		}
		checkpoint.reached("evict");
		if (oldLocal.isPresent())
			evictOrKeep(KeyRole.RSA_LOCAL, needLocal, evicted, kept);
		checkpoint.reached("evict RSA_MIG");
		if (oldMig.isPresent())
			evictOrKeep(KeyRole.RSA_MIG, needMig, evicted, kept);
		return new Result(moved, evicted, kept, problems);
	}

	private void moveOne(Path image, Label label, LegacyKey oldLocal) throws LabelException, IOException, TpmException {
		if (label.status() != LabelStatus.LOCAL)
			throw new LabelException("a " + label.status() + " label wrapped to the legacy RSA_local");
		// only its authenticity matters here: an expired label is moved too, and refused later for its age
		LabelVerification verification = LabelVerifier.verify(label, List.of(new TrustedSigner(oldLocal.publicKey(),
				oldLocal.name(), TrustedSigner.Role.RSA_LOCAL, "legacy RSA_local of " + tpm.address())), clock.instant(),
				LabelVerifier.Expectations.none());
		List<LabelCheck> integrity = verification.failures().stream()
				.filter(check -> check.kind() == LabelCheck.Kind.SIGNER || check.kind() == LabelCheck.Kind.SIGNATURE)
				.toList();
		if (!integrity.isEmpty())
			throw new LabelException("not moved: " + new LabelVerification(integrity).summary());
		checkpoint.reached("unwrap " + image.getFileName());
		Label moved;
		try (StateKey key = StateKey.adopt(tpm.decryptWithLegacyKey(KeyRole.RSA_LOCAL, label.secret()))) {
			moved = labels.wrapToLocal(label, key);
		} catch (IllegalArgumentException e) {
			throw new LabelException("the unwrapped secret is not a state key: " + e.getMessage(), e);
		}
		checkpoint.reached("write " + image.getFileName());
		store.write(image, moved);
		checkpoint.reached("written " + image.getFileName());
	}

	private void evictOrKeep(KeyRole role, int stillNeeded, List<KeyRole> evicted, List<String> kept)
			throws TpmException {
		if (stillNeeded > 0) {
			kept.add("legacy " + role + ": " + stillNeeded + " label(s) still need it");
			return;
		}
		tpm.evictLegacyKey(role);
		evicted.add(role);
	}

	private static boolean wrappedTo(Label label, LegacyKey key) {
		return MessageDigest.isEqual(label.recipientName(), key.name());
	}
}
