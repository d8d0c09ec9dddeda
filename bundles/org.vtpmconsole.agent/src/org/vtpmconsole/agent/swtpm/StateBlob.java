package org.vtpmconsole.agent.swtpm;

/** The kinds of state a swtpm hands out and takes in on its control channel (PTM_BLOB_TYPE_* in tpm_ioctl.h). */
public enum StateBlob {
	/** The TPM's NV memory: seeds, keys, NV indices, owner auth. */
	PERMANENT(1),
	/** The running TPM's RAM (PCRs, loaded objects, sessions), as swtpm stores it for a later resume. */
	VOLATILE(2),
	/** TPM 1.2's save state; a TPM 2.0 swtpm keeps none. */
	SAVESTATE(3);

	private final int type;

	StateBlob(int type) {
		this.type = type;
	}

	public int type() {
		return type;
	}

	/** The kind with this PTM_BLOB_TYPE_* number, or null. */
	public static StateBlob ofType(int type) {
		for (StateBlob blob : values()) {
			if (blob.type == type) {
				return blob;
			}
		}
		return null;
	}
}
