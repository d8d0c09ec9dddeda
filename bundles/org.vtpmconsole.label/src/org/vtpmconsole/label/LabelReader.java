package org.vtpmconsole.label;

import static org.vtpmconsole.label.LabelFormatException.Kind.*;

import java.util.Arrays;

/** Reads v1 label fields in order from a byte array, applying {@link LabelRules} at each field's offset. */
final class LabelReader {
	private final byte[] buf;
	private int pos;

	LabelReader(byte[] buf) {
		this.buf = buf;
	}

	int offset() {
		return pos;
	}

	int u8(String field) throws LabelFormatException {
		need(field, pos, 1);
		return buf[pos++] & 0xff;
	}

	int u16(String field) throws LabelFormatException {
		need(field, pos, 2);
		int value = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
		pos += 2;
		return value;
	}

	long time(String field) throws LabelFormatException {
		int at = pos;
		need(field, at, 8);
		long value = 0;
		for (int i = 0; i < 8; i++) {
			value = value << 8 | buf[pos++] & 0xff;
		}
		LabelRules.time(field, at, value);
		return value;
	}

	byte[] bytes(String field, int count) throws LabelFormatException {
		need(field, pos, count);
		byte[] value = Arrays.copyOfRange(buf, pos, pos + count);
		pos += count;
		return value;
	}

	byte[] tpm2b(String field) throws LabelFormatException {
		int at = pos;
		int size = u16(field);
		if (size > buf.length - pos) {
			throw new LabelFormatException(OVERRUN, field, at,
					"size " + size + " overruns the buffer (" + (buf.length - pos) + " bytes left)");
		}
		return bytes(field, size);
	}

	byte[] rsaBlock(String field) throws LabelFormatException {
		int at = pos;
		byte[] value = tpm2b(field);
		LabelRules.rsaBlock(field, at, value.length);
		return value;
	}

	byte[] digest(String field, HashAlgorithm alg) throws LabelFormatException {
		int at = pos;
		byte[] value = tpm2b(field);
		LabelRules.digest(field, at, alg, value.length);
		return value;
	}

	byte[] name(String field) throws LabelFormatException {
		int at = pos;
		byte[] value = tpm2b(field);
		LabelRules.name(field, at, value);
		return value;
	}

	void end() throws LabelFormatException {
		if (pos != buf.length) {
			throw new LabelFormatException(TRAILING_BYTES, "label", pos,
					(buf.length - pos) + " trailing bytes after the signature");
		}
	}

	private void need(String field, int at, int count) throws LabelFormatException {
		if (count > buf.length - at) {
			throw new LabelFormatException(OVERRUN, field, at,
					count + " bytes overrun the buffer (" + (buf.length - at) + " bytes left)");
		}
	}
}
