package org.vtpmconsole.tpm;

/** The TPM answered a command with an error response code. */
public class TpmCommandException extends TpmException {
	private static final long serialVersionUID = 1L;

	private final int responseCode;

	public TpmCommandException(String message, int responseCode) {
		super(message);
		this.responseCode = responseCode;
	}

	/** The raw TPM_RC, including a format-one code's handle, session or parameter number. */
	public int responseCode() {
		return responseCode;
	}

	/** The TPM_RC without its handle, session or parameter number, to compare with {@link ResponseCodes} constants. */
	public int baseCode() {
		return ResponseCodes.base(responseCode);
	}
}
