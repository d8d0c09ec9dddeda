package org.vtpmconsole.label.qcow2;

/** One qcow2 header extension: its type and its data without the padding to 8 bytes. */
record HeaderExtension(int type, byte[] data) {

	/** Bytes it occupies in the header: type, length, data padded to a multiple of 8. */
	int footprint() {
		return 8 + padded(data.length);
	}

	static int padded(int length) {
		return (length + 7) & ~7;
	}
}
