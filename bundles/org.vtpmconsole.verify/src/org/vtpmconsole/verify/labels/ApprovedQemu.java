package org.vtpmconsole.verify.labels;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The QEMU builds the console itself approves, as SHA-256 digests of their binaries. A label binds the digest of the
 * QEMU it may run under; the console checks it against this list and never against the list an agent reports (a
 * compromised host would simply approve its own QEMU). An empty list checks nothing, which makes every label "not
 * checked" and so not valid.
 */
public record ApprovedQemu(List<byte[]> digests) {

	public static final ApprovedQemu NONE = new ApprovedQemu(List.of());
	private static final int SHA256_LENGTH = 32;

	public ApprovedQemu {
		digests = digests.stream().map(byte[]::clone).toList();
	}

	/**
	 * Reads digests written as hex, separated by white space, commas or semicolons (how the console's preference
	 * stores them). A word that is not a SHA-256 digest is refused by name, so a typo is not silently ignored.
	 */
	public static ApprovedQemu parse(String text) {
		List<byte[]> digests = new ArrayList<>();
		if (text == null) {
			return NONE;
		}
		for (String word : text.trim().split("[\\s,;]+")) {
			if (word.isEmpty()) {
				continue;
			}
			byte[] digest;
			try {
				digest = HexFormat.of().parseHex(word.toLowerCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("'" + word + "' is not a hexadecimal SHA-256 digest", e);
			}
			if (digest.length != SHA256_LENGTH) {
				throw new IllegalArgumentException("'" + word + "' has " + digest.length + " bytes; a SHA-256 digest has "
						+ SHA256_LENGTH);
			}
			digests.add(digest);
		}
		return new ApprovedQemu(digests);
	}

	public boolean isEmpty() {
		return digests.isEmpty();
	}
}
