package org.vtpmconsole.tpm;

import java.util.Arrays;

/** The host TPM keys of SPEC §3. */
public enum KeyRole {
	SRK, RSA_LOCAL, RSA_MIG, AIK, EK, VMEK;

	/** Parses a role as typed in CLI and configuration: case-insensitive, '-' for '_' ("rsa-mig"). */
	public static KeyRole parse(String text) {
		if (text != null) {
			String normalized = text.trim().toUpperCase().replace('-', '_');
			for (KeyRole role : values())
				if (role.name().equals(normalized))
					return role;
		}
		throw new IllegalArgumentException("unknown key role '" + text + "'; expected one of " + Arrays.toString(values()));
	}
}
