package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.label.HostLabels;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCheck;
import org.vtpmconsole.label.LabelException;
import org.vtpmconsole.label.LabelFormatException;
import org.vtpmconsole.label.LabelVerification;
import org.vtpmconsole.label.LabelVerifier;
import org.vtpmconsole.label.StateKey;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;

/**
 * The checks a process that is the VM's QEMU by its identity ({@link ConnectedPeer}) must still pass before its vTPM
 * starts, the second line of SPEC §5, in order: (a) its executable is an approved QEMU build; (b) the images on its
 * command line are really open in it (by device and inode) and one carries a label, read through the process's own
 * descriptor; (c) the label verifies (signer, signature, validity) and binds this very QEMU build; (d) H(-uuid) is the
 * label's uuidHash; (e) the label's key opens this vTPM; (f) the labelled file is the VM's own image and its label
 * names this VM. Only then, and only if the process is still the one that connected, is the state key unwrapped.
 * <p>
 * (d) and (e) are judged together so that each crossed (image, vTPM, UUID) triple is named by its odd one out; (f)
 * comes after them so that it does not mask those reasons: it refuses what passes them all, a copy of the VM's label
 * in another image.
 */
final class Admission {
	private static final HexFormat HEX = HexFormat.of();

	private final HostLabels labels;
	private final List<byte[]> approvedQemu;
	private final Qcow2LabelStore labelStore = new Qcow2LabelStore();

	Admission(HostLabels labels, List<byte[]> approvedQemu) {
		this.labels = labels;
		this.approvedQemu = List.copyOf(approvedQemu);
	}

	/** The vTPM's state key if the process passes every check; the caller must close it. */
	StateKey admit(ConnectedPeer connected, VtpmBinding binding) throws Refusal {
		connected.requireUnchanged();
		PeerProcess peer = new PeerProcess(connected.pid());
		byte[] qemuDigest = approvedExecutable(peer);
		QemuCommandLine commandLine = commandLine(peer);
		OpenImage image = labelledImage(peer, commandLine);
		Label label = readLabel(image);
		String uuidText = commandLine.uuid().orElseThrow(
				() -> new Refusal(RefusalReason.NO_UUID, "the QEMU command line has no -uuid, so it names no VM"));
		UUID uuid = parseUuid(uuidText);
		byte[] checkValue = checkValue(binding);
		LabelVerifier.Expectations expected = LabelVerifier.Expectations.none().withApprovedQemu(approvedQemu)
				.withVm(uuid).withStateKeyCheckValue(checkValue);
		LabelVerification verification = check(label, expected);
		requireAuthentic(image, verification);
		if (!MessageDigest.isEqual(qemuDigest, label.qemuDigest())) {
			throw new Refusal(RefusalReason.QEMU_NOT_LABELLED, "the label of " + image + " binds the QEMU build "
					+ HEX.formatHex(label.qemuDigest()) + ", not the one connecting (" + HEX.formatHex(qemuDigest) + ")");
		}
		requireCorrespondence(image, uuid, binding, verification);
		requireOwnImage(image, label, binding);
		connected.requireUnchanged();
		try {
			return labels.openStateKey(label, expected);
		} catch (LabelException e) {
			throw new Refusal(RefusalReason.VTPM_UNAVAILABLE, "cannot open the state key: " + e.getMessage(), e);
		}
	}

	private byte[] approvedExecutable(PeerProcess peer) throws Refusal {
		Path executable;
		byte[] digest;
		try {
			executable = peer.executable();
			digest = peer.executableDigest();
		} catch (IOException e) {
			throw new Refusal(RefusalReason.PEER_UNREADABLE, "cannot read the connecting process's executable: "
					+ e.getMessage(), e);
		}
		if (approvedQemu.stream().noneMatch(approved -> MessageDigest.isEqual(approved, digest))) {
			throw new Refusal(RefusalReason.QEMU_NOT_APPROVED, "the executable " + executable + " (SHA-256 "
					+ HEX.formatHex(digest) + ") is not an approved QEMU build");
		}
		return digest;
	}

	private static QemuCommandLine commandLine(PeerProcess peer) throws Refusal {
		try {
			return QemuCommandLine.parse(peer.commandLine());
		} catch (IOException e) {
			throw new Refusal(RefusalReason.PEER_UNREADABLE, "cannot read the QEMU command line: " + e.getMessage(), e);
		}
	}

	/** An image as the command line names it, and the process's descriptor of that very file. */
	private record OpenImage(String named, Path descriptor, Object fileKey) {
		@Override
		public String toString() {
			return named;
		}
	}

	/** (b): every image named must be open in the process (same device and inode); exactly one carries a label. */
	private OpenImage labelledImage(PeerProcess peer, QemuCommandLine commandLine) throws Refusal {
		if (commandLine.images().isEmpty()) {
			throw new Refusal(RefusalReason.NO_IMAGE, "the QEMU command line names no disk image");
		}
		List<OpenImage> labelled = new ArrayList<>();
		for (String named : commandLine.images()) {
			OpenImage image = openImage(peer, named);
			if (hasLabel(image.descriptor())) {
				labelled.add(image);
			}
		}
		if (labelled.isEmpty()) {
			throw new Refusal(RefusalReason.NO_LABEL, "no image of the QEMU process carries a vTPM label: "
					+ commandLine.images());
		}
		if (labelled.size() > 1) {
			throw new Refusal(RefusalReason.SEVERAL_LABELS, "several images of the QEMU process carry vTPM labels, "
					+ labelled + "; a VM has exactly one");
		}
		return labelled.get(0);
	}

	private static OpenImage openImage(PeerProcess peer, String named) throws Refusal {
		Object fileKey = PeerProcess.fileKey(peer.resolve(named)).orElseThrow(() -> new Refusal(
				RefusalReason.IMAGE_NOT_OPEN, "the image " + named + " on the QEMU command line does not exist"));
		Optional<Path> descriptor;
		try {
			descriptor = peer.openFile(fileKey);
		} catch (IOException e) {
			throw new Refusal(RefusalReason.PEER_UNREADABLE, "cannot list the QEMU process's open files: "
					+ e.getMessage(), e);
		}
		return new OpenImage(named, descriptor.orElseThrow(() -> new Refusal(RefusalReason.IMAGE_NOT_OPEN,
				"the QEMU command line names the image " + named + ", but the process does not have that file open")),
				fileKey);
	}

	private boolean hasLabel(Path image) {
		try {
			return labelStore.readBytes(image).isPresent();
		} catch (IOException notQcow2) {
			// a raw disk or an ISO cannot carry a label, and is not this check's business
			return false;
		}
	}

	/** Read through the process's descriptor, so a path renamed or re-linked since cannot put another file there. */
	private Label readLabel(OpenImage image) throws Refusal {
		try {
			Optional<Label> label = labelStore.read(image.descriptor());
			return label.orElseThrow(() -> new Refusal(RefusalReason.NO_LABEL, image + " lost its label"));
		} catch (LabelFormatException e) {
			throw new Refusal(RefusalReason.LABEL_INVALID, "the label of " + image + " cannot be decoded: "
					+ e.getMessage(), e);
		} catch (IOException e) {
			throw new Refusal(RefusalReason.NO_LABEL, "cannot read the label of " + image + ": " + e.getMessage(), e);
		}
	}

	private static UUID parseUuid(String text) throws Refusal {
		try {
			return UUID.fromString(text);
		} catch (IllegalArgumentException e) {
			throw new Refusal(RefusalReason.NO_UUID, "the QEMU -uuid '" + text + "' is not a UUID", e);
		}
	}

	private static byte[] checkValue(VtpmBinding binding) throws Refusal {
		try {
			return binding.readCheckValue();
		} catch (IOException e) {
			throw new Refusal(RefusalReason.VTPM_UNAVAILABLE, "the vTPM of VM " + binding.vm()
					+ " has no readable key check value: " + e.getMessage(), e);
		}
	}

	private LabelVerification check(Label label, LabelVerifier.Expectations expected) throws Refusal {
		try {
			return labels.check(label, expected);
		} catch (LabelException e) {
			throw new Refusal(RefusalReason.VTPM_UNAVAILABLE, "the host TPM cannot check the label: " + e.getMessage(), e);
		}
	}

	/** (c): signer, signature and validity. */
	private static void requireAuthentic(OpenImage image, LabelVerification verification) throws Refusal {
		for (LabelCheck check : verification.failures()) {
			switch (check.kind()) {
			case SIGNER, SIGNATURE -> throw new Refusal(RefusalReason.LABEL_INVALID,
					"the label of " + image + " is not authentic: " + check.reason());
			case VALIDITY -> throw new Refusal(RefusalReason.LABEL_EXPIRED,
					"the label of " + image + " is not valid now: " + check.reason());
			default -> {
				// judged below, in SPEC order
			}
			}
		}
	}

	/** (d) and (e), named by which of image, UUID and vTPM is the odd one out. */
	private static void requireCorrespondence(OpenImage image, UUID uuid, VtpmBinding binding,
			LabelVerification verification) throws Refusal {
		boolean uuidMatches = !verification.failed(LabelCheck.Kind.UUID);
		boolean keyMatches = !verification.failed(LabelCheck.Kind.STATE_KEY);
		if (!uuidMatches && !keyMatches) {
			throw new Refusal(RefusalReason.IMAGE_OF_ANOTHER_VM, "the image " + image
					+ " belongs to another VM: its label names neither -uuid " + uuid + " nor the vTPM of VM "
					+ binding.vm());
		}
		if (!uuidMatches) {
			throw new Refusal(RefusalReason.UUID_MISMATCH, "QEMU's -uuid " + uuid
					+ " is not the VM that the image " + image + " and this vTPM belong to");
		}
		if (!keyMatches) {
			throw new Refusal(RefusalReason.VTPM_OF_ANOTHER_VM, "the vTPM of VM " + binding.vm()
					+ " belongs to another VM: the label of " + image + " (for -uuid " + uuid + ") does not open it");
		}
	}

	/**
	 * (f): the file the label was read from is the VM's own image (device and inode of ROOT/UUID/disk.qcow2, and the
	 * descriptor still that file), and the label names this VM, not only the {@code -uuid} QEMU was given.
	 */
	private static void requireOwnImage(OpenImage image, Label label, VtpmBinding binding) throws Refusal {
		Optional<Object> own = PeerProcess.fileKey(binding.image());
		if (own.isEmpty() || !own.get().equals(image.fileKey())
				|| !own.equals(PeerProcess.fileKey(image.descriptor()))) {
			throw new Refusal(RefusalReason.NOT_THE_VMS_IMAGE, "the image " + image + " carries the label of VM "
					+ binding.vm() + " but is not that VM's image " + binding.image() + " (another file: a copied label)");
		}
		if (!MessageDigest.isEqual(label.uuidHash(), Label.uuidHash(label.digestAlgorithm(), binding.vm()))) {
			throw new Refusal(RefusalReason.NOT_THE_VMS_IMAGE, "the label in " + image + " does not name VM "
					+ binding.vm());
		}
	}
}
