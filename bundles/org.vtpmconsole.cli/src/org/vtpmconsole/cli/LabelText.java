package org.vtpmconsole.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vtpmconsole.label.HashAlgorithm;
import org.vtpmconsole.label.Label;

/** A label in human form for {@code vtpmctl label show}, as text or as a JSON-ready map. */
final class LabelText {
	private static final HexFormat HEX = HexFormat.of();
	private static final int RSASSA = 0x0014;

	private LabelText() {
	}

	static Map<String, Object> fields(Path image, Label label, int encodedLength, Instant now) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("image", image.toString());
		fields.put("length", encodedLength);
		fields.put("version", 1);
		fields.put("status", label.status().name());
		fields.put("notBefore", label.notBefore().toString());
		fields.put("notAfter", label.notAfter().toString());
		fields.put("validity", validity(label, now));
		fields.put("secret", HEX.formatHex(label.secret()));
		fields.put("digestAlg", algorithm(label.digestAlgorithm().algId()));
		fields.put("uuidHash", HEX.formatHex(label.uuidHash()));
		fields.put("qemuDigest", HEX.formatHex(label.qemuDigest()));
		fields.put("signerName", name(label.signerName()));
		fields.put("recipientName", name(label.recipientName()));
		fields.put("sigScheme", label.sigScheme() == RSASSA ? "RSASSA (0x0014)" : String.format("0x%04X", label.sigScheme()));
		fields.put("sigHash", algorithm(label.sigHash()));
		fields.put("signature", HEX.formatHex(label.signature()));
		return fields;
	}

	static String text(Map<String, Object> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((key, value) -> text.append(String.format("%-14s %s%n", key, value)));
		return text.toString();
	}

	private static String validity(Label label, Instant now) {
		if (now.isBefore(label.notBefore())) {
			return "not yet valid (starts in " + days(Duration.between(now, label.notBefore())) + ")";
		}
		if (now.isAfter(label.notAfter())) {
			return "EXPIRED " + days(Duration.between(label.notAfter(), now)) + " ago";
		}
		return "valid, expires in " + days(Duration.between(now, label.notAfter()));
	}

	private static String days(Duration duration) {
		long days = duration.toDays();
		return days > 0 ? days + " days" : duration.toHours() + " hours";
	}

	private static String algorithm(int algId) {
		HashAlgorithm algorithm = HashAlgorithm.ofAlgId(algId);
		return (algorithm == null ? "unknown" : algorithm.jcaName()) + String.format(" (0x%04X)", algId);
	}

	/** A TPM name: its nameAlg decoded, then the digest. */
	private static String name(byte[] name) {
		int algId = ((name[0] & 0xff) << 8) | (name[1] & 0xff);
		return algorithm(algId) + " " + HEX.formatHex(name, 2, name.length);
	}
}
