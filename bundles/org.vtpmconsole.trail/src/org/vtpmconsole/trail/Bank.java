package org.vtpmconsole.trail;

import org.vtpmconsole.tpm.verify.TpmHash;

/** The two banks of the trail registers, in the order a log line lists them. */
public enum Bank {
	SHA1("sha1", TpmHash.SHA1), SHA256("sha256", TpmHash.SHA256);

	private final String token;
	private final TpmHash hash;

	Bank(String token, TpmHash hash) {
		this.token = token;
		this.hash = hash;
	}

	/** The key of this bank in a line's {@code registers}. */
	public String token() {
		return token;
	}

	public TpmHash hash() {
		return hash;
	}

	public int digestLength() {
		return hash.digestLength();
	}
}
