package org.vtpmconsole.label.qcow2;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The intent record of one header write, kept beside the image until the write is durable:
 * {@code "VTPJ" | version 1 | UINT64 offset | UINT32 length | old bytes | new bytes | SHA-256 of all before}.
 * A journal that does not check out was torn while being written, before the image was touched.
 */
final class HeaderJournal {
	private static final byte[] MAGIC = "VTPJ".getBytes(StandardCharsets.US_ASCII);
	private static final int VERSION = 1;
	private static final int PREFIX = MAGIC.length + 1 + 8 + 4;
	private static final int CHECKSUM = 32;

	private HeaderJournal() {
	}

	/** One replaceable range of the image: what it held and what it is to hold. */
	record Entry(long offset, byte[] oldBytes, byte[] newBytes) {

		/** Whether {@code current} is the range part-way from old to new: every byte one or the other. */
		boolean isBetweenOldAndNew(byte[] current) {
			if (current.length != newBytes.length) {
				return false;
			}
			for (int i = 0; i < current.length; i++) {
				if (current[i] != oldBytes[i] && current[i] != newBytes[i]) {
					return false;
				}
			}
			return true;
		}
	}

	static Path pathFor(Path image) {
		return image.resolveSibling("." + image.getFileName() + ".vtpm-label-journal");
	}

	static byte[] encode(Entry entry) {
		int length = entry.newBytes().length;
		ByteBuffer out = ByteBuffer.allocate(PREFIX + 2 * length + CHECKSUM);
		out.put(MAGIC).put((byte) VERSION).putLong(entry.offset()).putInt(length).put(entry.oldBytes())
				.put(entry.newBytes());
		out.put(sha256(out.array(), out.position()));
		return out.array();
	}

	static Optional<Entry> decode(byte[] journal) {
		if (journal.length < PREFIX + CHECKSUM) {
			return Optional.empty();
		}
		int body = journal.length - CHECKSUM;
		if (!MessageDigest.isEqual(sha256(journal, body), Arrays.copyOfRange(journal, body, journal.length))) {
			return Optional.empty();
		}
		ByteBuffer in = ByteBuffer.wrap(journal);
		byte[] magic = new byte[MAGIC.length];
		in.get(magic);
		int version = in.get();
		long offset = in.getLong();
		int length = in.getInt();
		if (!Arrays.equals(magic, MAGIC) || version != VERSION || length < 0 || PREFIX + 2L * length != body) {
			return Optional.empty();
		}
		byte[] oldBytes = new byte[length];
		byte[] newBytes = new byte[length];
		in.get(oldBytes).get(newBytes);
		return Optional.of(new Entry(offset, oldBytes, newBytes));
	}

	private static byte[] sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, length);
			return digest.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
		}
	}
}
