package org.vtpmconsole.agent.stateblob;

import java.nio.charset.StandardCharsets;

/**
 * What a sealing key is for. Each purpose gets its own key from the same secret (HKDF info), so a blob sealed for one
 * use never opens in another: a migration package (SPEC §6 steps 15-17) under the migration's fresh key, or a trail
 * snapshot (SPEC §8.1), each add their purpose here and reuse {@link SealedBlob} as it is.
 */
public enum SealPurpose {
	/** State blobs QEMU pulls over the control channel (savevm, migrate) and pushes back (loadvm, -incoming). */
	QEMU_STATE(1, "qemu-state");

	private final int id;
	private final String label;

	SealPurpose(int id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The byte in the sealed blob's header naming the purpose. */
	public int id() {
		return id;
	}

	byte[] label() {
		return label.getBytes(StandardCharsets.US_ASCII);
	}

	static SealPurpose ofId(int id) {
		for (SealPurpose purpose : values()) {
			if (purpose.id == id) {
				return purpose;
			}
		}
		return null;
	}
}
