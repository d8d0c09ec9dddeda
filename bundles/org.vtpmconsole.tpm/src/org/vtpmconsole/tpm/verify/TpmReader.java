package org.vtpmconsole.tpm.verify;

import java.util.Arrays;

/** Big-endian reader for TPM-marshalled structures; an overrun names the field being read. */
final class TpmReader {
	private final byte[] bytes;
	private final String structure;
	private int pos;

	TpmReader(byte[] bytes, String structure) {
		this.bytes = bytes;
		this.structure = structure;
	}

	int u8(String field) throws VerificationException {
		need(1, field);
		return bytes[pos++] & 0xff;
	}

	int u16(String field) throws VerificationException {
		need(2, field);
		int value = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
		pos += 2;
		return value;
	}

	int u32(String field) throws VerificationException {
		return (u16(field) << 16) | u16(field);
	}

	long u64(String field) throws VerificationException {
		return ((long) u32(field) << 32) | (u32(field) & 0xffffffffL);
	}

	byte[] bytes(int length, String field) throws VerificationException {
		need(length, field);
		byte[] out = Arrays.copyOfRange(bytes, pos, pos + length);
		pos += length;
		return out;
	}

	/** A TPM2B: UINT16 size, then the bytes. */
	byte[] sized(String field) throws VerificationException {
		return bytes(u16(field + " size"), field);
	}

	void expectEnd() throws VerificationException {
		if (pos != bytes.length)
			throw new VerificationException(structure + " has " + (bytes.length - pos) + " trailing bytes");
	}

	private void need(int length, String field) throws VerificationException {
		if (length > bytes.length - pos)
			throw new VerificationException(structure + " is truncated at " + field + " (offset " + pos + ")");
	}
}
