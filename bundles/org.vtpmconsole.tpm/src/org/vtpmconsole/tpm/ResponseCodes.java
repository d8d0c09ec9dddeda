package org.vtpmconsole.tpm;

import java.util.Map;

/** TPM 2.0 response codes (Part 2, 6.6) that callers and messages need by name. */
public final class ResponseCodes {
	public static final int SUCCESS = 0x000;
	public static final int INITIALIZE = 0x100;
	public static final int FAILURE = 0x101;
	public static final int NV_RANGE = 0x146;
	public static final int NV_UNINITIALIZED = 0x14A;
	public static final int NV_DEFINED = 0x14C;
	public static final int OBJECT_MEMORY = 0x902;
	public static final int SESSION_MEMORY = 0x903;
	public static final int ATTRIBUTES = 0x082;
	public static final int HASH = 0x083;
	public static final int VALUE = 0x084;
	public static final int HANDLE = 0x08B;
	public static final int POLICY_FAIL = 0x08F;
	public static final int SCHEME = 0x092;
	public static final int SIZE = 0x095;
	public static final int TICKET = 0x0A0;
	public static final int INTEGRITY = 0x09F;
	public static final int AUTH_FAIL = 0x08E;
	/** An authorization HMAC or password that is wrong for an object with noDA. */
	public static final int BAD_AUTH = 0x0A2;
	public static final int AUTH_MISSING = 0x125;

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(SUCCESS, "TPM_RC_SUCCESS"),
			Map.entry(INITIALIZE, "TPM_RC_INITIALIZE"),
			Map.entry(FAILURE, "TPM_RC_FAILURE"), Map.entry(NV_RANGE, "TPM_RC_NV_RANGE"),
			Map.entry(NV_UNINITIALIZED, "TPM_RC_NV_UNINITIALIZED"), Map.entry(NV_DEFINED, "TPM_RC_NV_DEFINED"),
			Map.entry(OBJECT_MEMORY, "TPM_RC_OBJECT_MEMORY"), Map.entry(SESSION_MEMORY, "TPM_RC_SESSION_MEMORY"),
			Map.entry(ATTRIBUTES, "TPM_RC_ATTRIBUTES"), Map.entry(HASH, "TPM_RC_HASH"), Map.entry(VALUE, "TPM_RC_VALUE"),
			Map.entry(HANDLE, "TPM_RC_HANDLE"), Map.entry(POLICY_FAIL, "TPM_RC_POLICY_FAIL"),
			Map.entry(SCHEME, "TPM_RC_SCHEME"), Map.entry(SIZE, "TPM_RC_SIZE"), Map.entry(TICKET, "TPM_RC_TICKET"),
			Map.entry(INTEGRITY, "TPM_RC_INTEGRITY"), Map.entry(AUTH_FAIL, "TPM_RC_AUTH_FAIL"),
			Map.entry(BAD_AUTH, "TPM_RC_BAD_AUTH"), Map.entry(AUTH_MISSING, "TPM_RC_AUTH_MISSING"));

	private ResponseCodes() {
	}

	/** Strips a format-one code's handle, session or parameter number. */
	public static int base(int rc) {
		return (rc & 0x080) != 0 ? rc & 0x0BF : rc;
	}

	/** For example {@code TPM_RC_HANDLE (0x18b, handle 1)}. */
	public static String describe(int rc) {
		int base = base(rc);
		String name = NAMES.getOrDefault(base, "TPM_RC");
		StringBuilder text = new StringBuilder(name).append(String.format(" (0x%03x", rc));
		if ((rc & 0x080) != 0) {
			int number = (rc >> 8) & 0xF;
			if ((rc & 0x040) != 0)
				text.append(", parameter ").append(number);
			else if (number >= 8)
				text.append(", session ").append(number - 8);
			else if (number > 0)
				text.append(", handle ").append(number);
		}
		return text.append(')').toString();
	}
}
