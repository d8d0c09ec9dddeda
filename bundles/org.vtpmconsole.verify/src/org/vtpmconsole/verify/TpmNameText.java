package org.vtpmconsole.verify;

import java.util.HexFormat;

/** TPM names (nameAlg ‖ digest of TPMT_PUBLIC) and hash algorithm identifiers in words, for every editor. */
public final class TpmNameText {

	private static final HexFormat HEX = HexFormat.of();

	private TpmNameText() {
	}

	/** "SHA-256 (0x000B)", or "unknown (0x1234)". */
	public static String algorithm(int algId) {
		String name = switch (algId) {
		case 0x0004 -> "SHA-1";
		case 0x000B -> "SHA-256";
		case 0x000C -> "SHA-384";
		case 0x000D -> "SHA-512";
		case 0x0012 -> "SM3-256";
		case 0x0014 -> "RSASSA";
		default -> "unknown";
		};
		return String.format("%s (0x%04X)", name, algId);
	}

	/** "SHA-256 (0x000B) · 3dc1…": the name algorithm, then the digest in hex. */
	public static String describe(byte[] name) {
		if (name == null || name.length < 2) {
			return "not a TPM name (" + (name == null ? 0 : name.length) + " bytes)";
		}
		int algId = ((name[0] & 0xff) << 8) | (name[1] & 0xff);
		return algorithm(algId) + " \u00B7 " + HEX.formatHex(name, 2, name.length);
	}
}
