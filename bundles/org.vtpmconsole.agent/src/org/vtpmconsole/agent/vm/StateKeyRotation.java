package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.gateway.VtpmBinding;
import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.swtpm.VtpmState;
import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;

/**
 * Rotating a stopped VM's state key (docs/gateway.md, "State-key rotation"), in three steps: (1) the state moves
 * over swtpm's control channel from a swtpm holding the current key into {@code vtpm.next/}, which a swtpm holding
 * the new key writes, and is made durable with the new key's check value; (2) the new label goes into the image;
 * (3) {@code vtpm/} and {@code vtpm.next/} swap. The label in the image is the authority: {@link #recover} settles a
 * rotation a crash interrupted by whether that label opens {@code vtpm.next/}, and is also how step 3 is done.
 */
final class StateKeyRotation {
	static final String NEXT = "vtpm.next";
	static final String OLD = "vtpm.old";
	/** A copy of vtpm/ for the reading swtpm, so that nothing but the swap ever changes vtpm/; swtpm's uid owns it. */
	static final String SOURCE_COPY = "vtpm.source";

	/** The VM's confinement, whose swtpm uid the three swtpm starts of a rotation run under. */
	@FunctionalInterface
	interface Confinements {
		VmConfinement of(Vm vm) throws IOException;
	}

	private final ILog log = ILog.of(getClass());
	private final HostLabels labels;
	private final List<byte[]> approvedQemu;
	private final Qcow2LabelStore store = new Qcow2LabelStore();
	private final Confinements confinements;

	StateKeyRotation(HostLabels labels, List<byte[]> approvedQemu, Confinements confinements) {
		this.labels = labels;
		this.approvedQemu = List.copyOf(approvedQemu);
		this.confinements = confinements;
	}

	/**
	 * Rotates the key of the stopped VM whose image holds {@code current}; returns the new label.
	 *
	 * @throws LabelException when {@code current} is not this host's valid LOCAL label of this vTPM: nothing changed
	 * @throws IOException    when the state cannot be moved (nothing changed) or the rotation cannot be finished
	 *                        (the message says which)
	 */
	Label rotate(Vm vm, Label current) throws IOException, LabelException {
		recover(vm);
		VtpmBinding vtpm = vm.vtpm();
		LabelVerifier.Expectations expected = LabelVerifier.Expectations.none().withVm(vm.uuid())
				.withApprovedQemu(approvedQemu).withStateKeyCheckValue(vtpm.readCheckValue());
		try (HostLabels.Rotation rotation = labels.rotate(current, expected)) {
			prepareNext(vm, rotation);
			commitLabel(vm, rotation.label());
			finish(vm);
			log.info("VM " + vm.uuid() + ": the vTPM state key was rotated");
			return rotation.label();
		}
	}

	/** Step 1: {@code vtpm.next/} holds the state under the new key, with its check value, on disk for good. */
	void prepareNext(Vm vm, HostLabels.Rotation rotation) throws IOException {
		Path source = vm.dir().resolve(SOURCE_COPY);
		VtpmBinding next = binding(vm, NEXT);
		try {
			Confinement swtpm = confinements.of(vm).swtpm();
			copyFiles(vm.vtpm().stateDir(), source);
			swtpm.ownTree(source);
			try (VtpmState state = VtpmState.read(source, vm.runDir(), rotation.currentKey(), swtpm)) {
				swtpm.ownDirectory(Files.createDirectory(next.stateDir()));
				state.writeTo(next.stateDir(), vm.runDir(), rotation.nextKey(), swtpm);
			}
			VtpmState.requireOpens(next.stateDir(), vm.runDir(), rotation.nextKey(), swtpm);
			// last: until the check value is there, no label can claim vtpm.next
			next.writeCheckValue(rotation.nextKey().checkValue());
			syncFilesAndDirectory(next.stateDir());
			syncDirectory(vm.dir());
		} catch (IOException | RuntimeException e) {
			VirtualMachines.deleteRecursively(next.stateDir());
			throw new IOException("the vTPM state of VM " + vm.uuid() + " could not be moved to a new key; its key, "
					+ "state and label are unchanged: " + e.getMessage(), e);
		} finally {
			VirtualMachines.deleteRecursively(source);
		}
	}

	/** Step 2, the point of no return: the new label in the image (the store's journal makes it all or nothing). */
	void commitLabel(Vm vm, Label rotated) throws IOException {
		try {
			store.write(vm.image(), rotated);
		} catch (IOException e) {
			// a write that failed late may still have landed: the image decides, as after a crash
			recover(vm);
			Optional<byte[]> inImage = store.readBytes(vm.image());
			if (inImage.isEmpty() || !MessageDigest.isEqual(inImage.get(), rotated.encode())) {
				throw new IOException("the new label of VM " + vm.uuid() + " could not be written; its key, state and "
						+ "label are unchanged: " + e.getMessage(), e);
			}
		}
	}

	/** Step 3, with the new label in the image. */
	private void finish(Vm vm) throws IOException {
		try {
			recover(vm);
		} catch (IOException e) {
			throw new IOException("VM " + vm.uuid() + " has its new label, but its vTPM directories could not be "
					+ "swapped yet; the agent finishes that before the vTPM is next used: " + e.getMessage(), e);
		}
	}

	/**
	 * Settles a rotation that did not finish: when the image's label opens {@code vtpm.next/}, that becomes
	 * {@code vtpm/}; when it opens {@code vtpm/}, {@code vtpm.next/} is dropped. Leftovers of a finished swap go.
	 * Does nothing (and asks nothing of the host TPM) for a VM with no rotation under way.
	 *
	 * @throws IOException when the label cannot say (unreadable, not authentic, opening neither): everything stays
	 */
	void recover(Vm vm) throws IOException {
		VirtualMachines.deleteRecursively(vm.dir().resolve(SOURCE_COPY));
		Path current = vm.vtpm().stateDir();
		Path next = vm.dir().resolve(NEXT);
		Path old = vm.dir().resolve(OLD);
		if (Files.isDirectory(next)) {
			Label label = imageLabel(vm);
			if (opens(vm, label, binding(vm, NEXT))) {
				if (Files.isDirectory(current)) {
					VirtualMachines.deleteRecursively(old);
					Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
				}
				Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
				log.info("VM " + vm.uuid() + ": its vTPM now uses the rotated state key");
			} else if (Files.isDirectory(current) && opens(vm, label, vm.vtpm())) {
				VirtualMachines.deleteRecursively(next);
				log.info("VM " + vm.uuid() + ": an unfinished state-key rotation was discarded; the key is unchanged");
			} else {
				throw new IOException("VM " + vm.uuid() + ": the label in its image opens neither " + current
						+ " nor " + next + "; both are left as they are");
			}
			syncDirectory(vm.dir());
		}
		if (!Files.exists(current) && Files.isDirectory(old)) {
			// only a crash between the two renames of a swap back to a label that never changed could leave this
			Files.move(old, current, StandardCopyOption.ATOMIC_MOVE);
			syncDirectory(vm.dir());
		}
		VirtualMachines.deleteRecursively(old);
	}

	private Label imageLabel(Vm vm) throws IOException {
		try {
			return store.read(vm.image()).orElseThrow(() -> new IOException("the image of VM " + vm.uuid()
					+ " carries no label, so an unfinished state-key rotation cannot be settled"));
		} catch (LabelFormatException e) {
			throw new IOException("the label of VM " + vm.uuid() + " cannot be read, so an unfinished state-key "
					+ "rotation cannot be settled: " + e.getMessage(), e);
		}
	}

	/** Whether the label's key is the one this state directory's check value names. */
	private boolean opens(Vm vm, Label label, VtpmBinding vtpm) throws IOException {
		if (!Files.isRegularFile(vtpm.checkValueFile())) {
			return false;
		}
		try {
			LabelCheck stateKey = labels.check(label, LabelVerifier.Expectations.none()
					.withStateKeyCheckValue(vtpm.readCheckValue())).checks().stream()
					.filter(check -> check.kind() == LabelCheck.Kind.STATE_KEY).findFirst().orElseThrow();
			if (stateKey.outcome() == LabelCheck.Outcome.NOT_CHECKED) {
				throw new IOException("the label of VM " + vm.uuid() + " cannot settle an unfinished state-key "
						+ "rotation: " + stateKey.reason());
			}
			return stateKey.outcome() == LabelCheck.Outcome.PASSED;
		} catch (LabelException e) {
			throw new IOException("the host TPM cannot settle an unfinished state-key rotation of VM " + vm.uuid()
					+ ": " + e.getMessage(), e);
		}
	}

	private static VtpmBinding binding(Vm vm, String stateDirName) {
		return new VtpmBinding(vm.uuid(), vm.dir().resolve(stateDirName), vm.runDir(), vm.image());
	}

	private static void copyFiles(Path from, Path to) throws IOException {
		VirtualMachines.deleteRecursively(to);
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

	private static void syncFilesAndDirectory(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
					channel.force(true);
				}
			}
		}
		syncDirectory(dir);
	}

	/** Makes renames and new entries in the directory durable (Linux lets a directory be opened and synced). */
	private static void syncDirectory(Path dir) throws IOException {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}
}
