package org.vtpmconsole.attest;

/** The guest commands the gateway records in a VM's measurement log, and the record of what it could not read. */
public enum PcrCommand {
	/** TPM2_PCR_Extend: the PCR becomes SHA-256(old ‖ digest) in the SHA-256 bank. */
	EXTEND("TPM2_PCR_Extend"),
	/** TPM2_PCR_Event: the TPM hashed the event data; the record holds that digest, replayed as an extend. */
	EVENT("TPM2_PCR_Event"),
	/** TPM2_PCR_Reset: the PCR becomes zero. */
	RESET("TPM2_PCR_Reset"),
	/** A PCR-changing command the gateway could not interpret: nothing after it can be replayed. */
	GAP("gap");

	private final String token;

	PcrCommand(String token) {
		this.token = token;
	}

	public String token() {
		return token;
	}

	public static PcrCommand parse(String text) {
		for (PcrCommand command : values())
			if (command.token.equals(text))
				return command;
		throw new IllegalArgumentException("command '" + text
				+ "' is not TPM2_PCR_Extend, TPM2_PCR_Event, TPM2_PCR_Reset or gap");
	}
}
