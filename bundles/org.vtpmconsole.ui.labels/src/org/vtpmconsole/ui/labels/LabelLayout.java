package org.vtpmconsole.ui.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.label.Label;

/**
 * Where each field of a decoded label sits in its bytes (SPEC §4.2, docs/label-format.md): fixed fields, then
 * TPM2B fields whose offsets shift with the sizes of the ones before. A TPM2B span includes its size prefix.
 */
final class LabelLayout {

	record Span(String field, int offset, int length) {
		boolean contains(int position) {
			return position >= offset && position < offset + length;
		}
	}

	private static final int TPM2B_SIZE = 2;

	private LabelLayout() {
	}

	static List<Span> of(Label label) {
		Map<String, Integer> lengths = new LinkedHashMap<>();
		lengths.put("magic", 4);
		lengths.put("version", 1);
		lengths.put("status", 1);
		lengths.put("notBefore", 8);
		lengths.put("notAfter", 8);
		lengths.put("secret", TPM2B_SIZE + label.secret().length);
		lengths.put("digestAlg", 2);
		lengths.put("uuidHash", TPM2B_SIZE + label.uuidHash().length);
		lengths.put("qemuDigest", TPM2B_SIZE + label.qemuDigest().length);
		lengths.put("signerName", TPM2B_SIZE + label.signerName().length);
		lengths.put("recipientName", TPM2B_SIZE + label.recipientName().length);
		lengths.put("sigScheme", 2);
		lengths.put("sigHash", 2);
		lengths.put("signature", TPM2B_SIZE + label.signature().length);
		List<Span> spans = new ArrayList<>();
		int offset = 0;
		for (Map.Entry<String, Integer> field : lengths.entrySet()) {
			spans.add(new Span(field.getKey(), offset, field.getValue()));
			offset += field.getValue();
		}
		return spans;
	}
}
