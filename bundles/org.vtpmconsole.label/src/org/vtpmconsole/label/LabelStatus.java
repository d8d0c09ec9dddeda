package org.vtpmconsole.label;

/** SPEC §4.1 status: who signed the label and to whom its secret is wrapped. */
public enum LabelStatus {
	/** Signed by this host's RSA_local, secret wrapped to this host's RSA_local. */
	LOCAL(1),
	/** Signed by the source host's RSA_mig, secret wrapped to the destination host's RSA_mig. */
	MIGRATING(2);

	private final int code;

	LabelStatus(int code) {
		this.code = code;
	}

	/** The status byte of the binary format. */
	public int code() {
		return code;
	}

	static LabelStatus ofCode(int code) {
		for (LabelStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		return null;
	}
}
