package org.vtpmconsole.label;

import java.util.Arrays;

/**
 * Writes v1 label fields in order, applying {@link LabelRules} at each field's offset. The rules bound every
 * variable-size field, so the buffer never overflows.
 */
final class LabelWriter {
	private final byte[] buf = new byte[LabelRules.MAX_LABEL_SIZE];
	private int pos;

	int offset() {
		return pos;
	}

	void u8(int value) {
		buf[pos++] = (byte) value;
	}

	void u16(int value) {
		buf[pos++] = (byte) (value >>> 8);
		buf[pos++] = (byte) value;
	}

	void time(String field, long millis) throws LabelFormatException {
		LabelRules.time(field, pos, millis);
		for (int shift = 56; shift >= 0; shift -= 8) {
			buf[pos++] = (byte) (millis >>> shift);
		}
	}

	void bytes(byte[] value) {
		System.arraycopy(value, 0, buf, pos, value.length);
		pos += value.length;
	}

	void rsaBlock(String field, byte[] value) throws LabelFormatException {
		LabelRules.rsaBlock(field, pos, value.length);
		tpm2b(value);
	}

	void digest(String field, HashAlgorithm alg, byte[] value) throws LabelFormatException {
		LabelRules.digest(field, pos, alg, value.length);
		tpm2b(value);
	}

	void name(String field, byte[] value) throws LabelFormatException {
		LabelRules.name(field, pos, value);
		tpm2b(value);
	}

	byte[] toByteArray() {
		return Arrays.copyOf(buf, pos);
	}

	private void tpm2b(byte[] value) {
		u16(value.length);
		bytes(value);
	}
}
