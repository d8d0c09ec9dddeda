package org.vtpmconsole.agent.gateway;

/** Why the gateway refused a QEMU process its vTPM, in the order the checks run (SPEC §5). */
public enum RefusalReason {
	/** The connecting process cannot be inspected (gone, or /proc unreadable). */
	PEER_UNREADABLE,
	/** (a) The process's executable is not an approved QEMU build. */
	QEMU_NOT_APPROVED,
	/** (b) No disk image on the process's command line. */
	NO_IMAGE,
	/** (b) An image named on the command line is not actually open in the process. */
	IMAGE_NOT_OPEN,
	/** (b) None of the process's images carries a vTPM label. */
	NO_LABEL,
	/** (b) More than one of the process's images carries a label, so which VM it is is ambiguous. */
	SEVERAL_LABELS,
	/** (c) The label does not verify: unknown signer, bad signature or undecodable. */
	LABEL_INVALID,
	/** (c) The label is outside its validity window: it must be re-issued. */
	LABEL_EXPIRED,
	/** (a) The label binds another QEMU build than the one connecting. */
	QEMU_NOT_LABELLED,
	/** (d) The process has no {@code -uuid}. */
	NO_UUID,
	/** (d) Image and vTPM belong together, but the process's {@code -uuid} is another VM's. */
	UUID_MISMATCH,
	/** (e) Image and {@code -uuid} belong together, but this vTPM is another VM's: the label's key does not open it. */
	VTPM_OF_ANOTHER_VM,
	/** (d)+(e) {@code -uuid} and vTPM belong together, but the image (its label) is another VM's. */
	IMAGE_OF_ANOTHER_VM,
	/** This VM's vTPM is already serving a QEMU process (swtpm serves one client). */
	BUSY,
	/** Every check passed but the host TPM could not unwrap the key or swtpm did not start. */
	VTPM_UNAVAILABLE
}
