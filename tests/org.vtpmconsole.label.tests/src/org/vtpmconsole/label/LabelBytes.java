package org.vtpmconsole.label;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Byte surgery on encoded labels for malformed-input tests. */
final class LabelBytes {
	/** Offsets in a typical label (RSA-2048 blocks, SHA-256 digests and names; 684 bytes). */
	static final int NOT_BEFORE = 6, NOT_AFTER = 14, SECRET = 22, DIGEST_ALG = 280, UUID_HASH = 282,
			QEMU_DIGEST = 316, SIGNER_NAME = 350, RECIPIENT_NAME = 386, SIG_SCHEME = 422, SIG_HASH = 424,
			SIGNATURE = 426, TYPICAL_LENGTH = 684;

	private LabelBytes() {
	}

	static byte[] setU16(byte[] label, int offset, int value) {
		byte[] copy = label.clone();
		copy[offset] = (byte) (value >>> 8);
		copy[offset + 1] = (byte) value;
		return copy;
	}

	static byte[] setU64(byte[] label, int offset, long value) {
		byte[] copy = label.clone();
		ByteBuffer.wrap(copy).putLong(offset, value);
		return copy;
	}

	/** Replaces the TPM2B at {@code offset} (its size and bytes) with {@code value} as a TPM2B. */
	static byte[] replaceTpm2b(byte[] label, int offset, byte[] value) {
		int oldEnd = offset + 2 + ((label[offset] & 0xff) << 8 | label[offset + 1] & 0xff);
		byte[] out = new byte[label.length - (oldEnd - offset) + 2 + value.length];
		System.arraycopy(label, 0, out, 0, offset);
		out[offset] = (byte) (value.length >>> 8);
		out[offset + 1] = (byte) value.length;
		System.arraycopy(value, 0, out, offset + 2, value.length);
		System.arraycopy(label, oldEnd, out, offset + 2 + value.length, label.length - oldEnd);
		return out;
	}

	static byte[] append(byte[] label, int... bytes) {
		byte[] out = Arrays.copyOf(label, label.length + bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			out[label.length + i] = (byte) bytes[i];
		}
		return out;
	}
}
