package org.vtpmconsole.trail;

/** Lowercase hexadecimal, the only case a trail line or bundle carries. */
final class Hex {
	private static final char[] DIGITS = "0123456789abcdef".toCharArray();

	private Hex() {
	}

	static String of(byte[] bytes) {
		char[] text = new char[bytes.length * 2];
		for (int i = 0; i < bytes.length; i++) {
			text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
			text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
		}
		return new String(text);
	}

	static void append(StringBuilder out, byte[] bytes) {
		for (byte b : bytes)
			out.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
	}

	/** The value of one lowercase hex digit, or -1. */
	static int digit(int c) {
		if (c >= '0' && c <= '9')
			return c - '0';
		if (c >= 'a' && c <= 'f')
			return c - 'a' + 10;
		return -1;
	}

	/** Parses lowercase hex of exactly {@code length} bytes; null if it is not. */
	static byte[] parse(String text, int length) {
		if (text.length() != 2 * length)
			return null;
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			int high = digit(text.charAt(2 * i));
			int low = digit(text.charAt(2 * i + 1));
			if (high < 0 || low < 0)
				return null;
			bytes[i] = (byte) (high << 4 | low);
		}
		return bytes;
	}
}
