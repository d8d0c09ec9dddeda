package org.vtpmconsole.attest;

/** How the host's TPM signs for the VMs (SPEC §9.1). */
public enum AttestationMode {
	/** The seed's n+1 quotes: one per VM with qualifyingData = H_i, one with the nonce. */
	PER_VM("per-vm"),
	/** One quote whose qualifyingData is the RFC 6962 Merkle Tree Hash over the VMs' leaves. */
	MERKLE("merkle");

	private final String token;

	AttestationMode(String token) {
		this.token = token;
	}

	/** The JSON spelling. */
	public String token() {
		return token;
	}

	public static AttestationMode parse(String text) {
		for (AttestationMode mode : values())
			if (mode.token.equals(text))
				return mode;
		throw new IllegalArgumentException("mode '" + text + "' is neither per-vm nor merkle");
	}
}
