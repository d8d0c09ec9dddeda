package org.vtpmconsole.tpm;

import java.util.HexFormat;

/** One key after provisioning: where it is, its TPM name, and whether this run created it. */
public record ProvisionedKey(KeyRole role, int handle, byte[] name, boolean created) {
	public ProvisionedKey {
		name = name.clone();
	}

	@Override
	public byte[] name() {
		return name.clone();
	}

	@Override
	public String toString() {
		return String.format("%-9s %s %-8s %s", role, KeyHandles.hex(handle), created ? "created" : "existing",
				HexFormat.of().formatHex(name));
	}
}
