package org.vtpmconsole.agent.gateway;

/**
 * Why the gateway refused a process its vTPM, in the order the checks run (docs/gateway.md): first who connected
 * (the identity the agent knows from starting QEMU), then what the process is (SPEC §5, the second line), then
 * whether its image is the VM's own.
 */
public enum RefusalReason {
	/** The connecting process is not the QEMU the agent started for this VM (none runs, or this is another). */
	NOT_STARTED_BY_AGENT,
	/** The connecting process is the VM's QEMU by its pid but connected under another uid than it was started as. */
	WRONG_UID,
	/**
	 * The process that connected, or the QEMU the agent started, exited or is no longer the VM's: whoever holds the
	 * connection now is not the process the agent started (e.g. it connected, handed the socket to a child and left).
	 */
	PEER_CHANGED,
	/** This VM's vTPM is already serving its QEMU (swtpm serves one client). */
	BUSY,
	/** The connection sent no control request within the gateway's limit, so it would hold the vTPM for nothing. */
	SILENT_PEER,
	/** The connecting process cannot be inspected (gone, or /proc unreadable). */
	PEER_UNREADABLE,
	/** (a) The process's executable is not an approved QEMU build. */
	QEMU_NOT_APPROVED,
	/** (b) The command line has an option the gateway does not know or follow ({@code -readconfig}, {@code -set}). */
	COMMAND_LINE_NOT_UNDERSTOOD,
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
	/**
	 * (f) Everything in the label is right, but the file that carries it is not the VM's own image
	 * ({@code ROOT/UUID/disk.qcow2} by device and inode): a copy of the VM's label in another image.
	 */
	NOT_THE_VMS_IMAGE,
	/** Every check passed but the host TPM could not unwrap the key or swtpm did not start. */
	VTPM_UNAVAILABLE
}
