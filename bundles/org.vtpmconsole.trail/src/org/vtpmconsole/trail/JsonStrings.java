package org.vtpmconsole.trail;

/**
 * The trail's one way to write a JSON string (docs/trail.md): {@code "} and {@code \} as {@code \"} and {@code \\},
 * U+0000-U+001F as backslash-u-00XX with lowercase hex, everything else as itself in UTF-8. The parser accepts exactly
 * this and nothing else, so a line has one spelling and its bytes can be reproduced.
 */
final class JsonStrings {
	private JsonStrings() {
	}

	static void append(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				out.append(c).append(value.charAt(++i));
			} else if (Character.isSurrogate(c)) {
				throw new IllegalArgumentException("text has an unpaired surrogate at index " + i);
			} else if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20) {
				out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
			} else {
				out.append(c);
			}
		}
		out.append('"');
	}
}
