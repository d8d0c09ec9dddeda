package org.vtpmconsole.label.qcow2;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first cluster of a qcow2 image (QEMU docs/interop/qcow2.txt), read strictly: header, header-extension
 * list and backing file name. It lays out new first-cluster contents with the label extension set or removed,
 * keeping every other extension and the backing file name.
 */
final class Qcow2Header {
	static final int LABEL_EXTENSION = 0x12345678;
	/** Enough for the v3 fixed header; v2's is 72 bytes. */
	static final int FIXED_HEADER_PREFIX = 104;
	private static final int MAGIC = 0x514649fb; // "QFI\xfb"
	private static final int V2_HEADER_LENGTH = 72;
	private static final int END_MARKER_SIZE = 8;
	private static final int MAX_BACKING_NAME = 1023;
	private static final long INCOMPATIBLE_CORRUPT = 1L << 1;
	/** dirty, corrupt, external data file, compression type, extended L2: the bits QEMU 7.2 defines. */
	private static final long KNOWN_INCOMPATIBLE = 0x1fL;

	private final Path image;
	private final byte[] cluster;
	private final int headerLength;
	private final List<HeaderExtension> extensions;
	private final int usedLength;
	private final byte[] backingName;

	private Qcow2Header(Path image, byte[] cluster, int headerLength, List<HeaderExtension> extensions,
			int usedLength, byte[] backingName) {
		this.image = image;
		this.cluster = cluster;
		this.headerLength = headerLength;
		this.extensions = extensions;
		this.usedLength = usedLength;
		this.backingName = backingName;
	}

	/** Checks the fixed header's first {@link #FIXED_HEADER_PREFIX} bytes (fewer if the file is shorter). */
	static int clusterSize(Path image, byte[] prefix) throws Qcow2Exception {
		ByteBuffer header = ByteBuffer.wrap(prefix);
		if (prefix.length < 4 || header.getInt(0) != MAGIC) {
			throw new Qcow2Exception(image, "not a qcow2 image (no QFI\\xfb magic)");
		}
		if (prefix.length < 8) {
			throw new Qcow2Exception(image, "truncated qcow2 header (" + prefix.length + " bytes)");
		}
		int version = header.getInt(4);
		if (version != 2 && version != 3) {
			throw new Qcow2Exception(image, "unsupported qcow2 version " + Integer.toUnsignedString(version)
					+ " (2 and 3 are supported)");
		}
		int fixedLength = version == 2 ? V2_HEADER_LENGTH : FIXED_HEADER_PREFIX;
		if (prefix.length < fixedLength) {
			throw new Qcow2Exception(image, "truncated qcow2 header (" + prefix.length + " bytes)");
		}
		int clusterBits = header.getInt(20);
		if (clusterBits < 9 || clusterBits > 21) {
			throw new Qcow2Exception(image, "odd header: cluster_bits " + clusterBits + " outside 9..21");
		}
		int cryptMethod = header.getInt(32);
		if (cryptMethod != 0) {
			throw new Qcow2Exception(image, "encrypted image (crypt_method " + cryptMethod
					+ "); labels are only written to unencrypted images");
		}
		if (version == 3) {
			long incompatible = header.getLong(72);
			if ((incompatible & INCOMPATIBLE_CORRUPT) != 0) {
				throw new Qcow2Exception(image, "marked corrupt by QEMU; repair it with qemu-img check -r all first");
			}
			if ((incompatible & ~KNOWN_INCOMPATIBLE) != 0) {
				throw new Qcow2Exception(image, "unknown incompatible features 0x" + Long.toHexString(incompatible));
			}
		}
		return 1 << clusterBits;
	}

	/** Parses the whole first cluster. */
	static Qcow2Header parse(Path image, byte[] cluster) throws Qcow2Exception {
		int clusterSize = clusterSize(image, Arrays.copyOf(cluster, Math.min(cluster.length, FIXED_HEADER_PREFIX)));
		if (cluster.length != clusterSize) {
			throw new Qcow2Exception(image, "file is shorter than its first cluster (" + clusterSize + " bytes)");
		}
		ByteBuffer header = ByteBuffer.wrap(cluster);
		int headerLength = V2_HEADER_LENGTH;
		if (header.getInt(4) == 3) {
			headerLength = header.getInt(100);
			if (headerLength < FIXED_HEADER_PREFIX || headerLength % 8 != 0 || headerLength > clusterSize) {
				throw new Qcow2Exception(image, "odd header: header_length " + Integer.toUnsignedString(headerLength));
			}
		}
		long backingOffset = header.getLong(8);
		int backingSize = header.getInt(16);
		boolean hasBacking = backingOffset != 0;
		if (hasBacking && (backingSize <= 0 || backingSize > MAX_BACKING_NAME || backingOffset < headerLength
				|| backingOffset + backingSize > clusterSize)) {
			throw new Qcow2Exception(image, "odd header: backing file name of " + Integer.toUnsignedString(backingSize)
					+ " bytes at offset " + Long.toUnsignedString(backingOffset) + " is not inside the first cluster");
		}
		int extensionLimit = hasBacking ? (int) backingOffset : clusterSize;
		List<HeaderExtension> extensions = new ArrayList<>();
		int pos = headerLength;
		while (true) {
			if (extensionLimit - pos < END_MARKER_SIZE) {
				throw new Qcow2Exception(image, "odd header: header extension list at offset " + pos
						+ " has no end marker before offset " + extensionLimit);
			}
			int type = header.getInt(pos);
			if (type == 0) {
				break;
			}
			long length = Integer.toUnsignedLong(header.getInt(pos + 4));
			if (length > extensionLimit - pos - 8 || HeaderExtension.padded((int) length) > extensionLimit - pos - 8) {
				throw new Qcow2Exception(image, "odd header: header extension 0x" + Integer.toHexString(type)
						+ " at offset " + pos + " with length " + length + " runs past offset " + extensionLimit);
			}
			HeaderExtension extension = new HeaderExtension(type, Arrays.copyOfRange(cluster, pos + 8,
					pos + 8 + (int) length));
			if (type == LABEL_EXTENSION && extensions.stream().anyMatch(e -> e.type() == LABEL_EXTENSION)) {
				throw new Qcow2Exception(image, "odd header: two label extensions");
			}
			extensions.add(extension);
			pos += extension.footprint();
		}
		int extensionsEnd = pos + END_MARKER_SIZE;
		byte[] backingName = hasBacking
				? Arrays.copyOfRange(cluster, (int) backingOffset, (int) backingOffset + backingSize)
				: new byte[0];
		int usedLength = hasBacking ? (int) backingOffset + backingSize : extensionsEnd;
		return new Qcow2Header(image, cluster, headerLength, extensions, usedLength, backingName);
	}

	/** The first cluster as read. */
	byte[] bytes() {
		return cluster;
	}

	Optional<byte[]> label() {
		return extensions.stream().filter(e -> e.type() == LABEL_EXTENSION).map(e -> e.data().clone()).findFirst();
	}

	/**
	 * First-cluster contents from offset 0 with the label set: an existing label extension is replaced where it
	 * stands, a new one goes last, so the bytes before it stay as they are. Bytes the old header used beyond the
	 * new one's end come back as zeros, so no stale label or backing name remains.
	 */
	byte[] withLabel(byte[] label) throws Qcow2Exception {
		List<HeaderExtension> updated = new ArrayList<>(extensions);
		HeaderExtension labelExtension = new HeaderExtension(LABEL_EXTENSION, label.clone());
		int index = indexOfLabel();
		if (index < 0) {
			updated.add(labelExtension);
		} else {
			updated.set(index, labelExtension);
		}
		return layout(updated, label.length);
	}

	/** First-cluster contents from offset 0 without a label extension. */
	byte[] withoutLabel() throws Qcow2Exception {
		List<HeaderExtension> updated = new ArrayList<>(extensions);
		updated.removeIf(e -> e.type() == LABEL_EXTENSION);
		return layout(updated, 0);
	}

	private int indexOfLabel() {
		for (int i = 0; i < extensions.size(); i++) {
			if (extensions.get(i).type() == LABEL_EXTENSION) {
				return i;
			}
		}
		return -1;
	}

	private byte[] layout(List<HeaderExtension> updated, int labelLength) throws Qcow2Exception {
		int extensionsEnd = headerLength + updated.stream().mapToInt(HeaderExtension::footprint).sum()
				+ END_MARKER_SIZE;
		int newUsed = extensionsEnd + backingName.length;
		if (newUsed > cluster.length) {
			throw new Qcow2Exception(image, "a label of " + labelLength + " bytes does not fit in the first cluster: "
					+ "the header would need " + newUsed + " bytes, the cluster has " + cluster.length);
		}
		ByteBuffer out = ByteBuffer.allocate(Math.max(newUsed, usedLength));
		out.put(cluster, 0, headerLength);
		for (HeaderExtension extension : updated) {
			out.putInt(extension.type()).putInt(extension.data().length).put(extension.data());
			out.position(out.position() + HeaderExtension.padded(extension.data().length) - extension.data().length);
		}
		out.position(extensionsEnd);
		if (backingName.length > 0) {
			out.put(backingName);
			out.putLong(8, extensionsEnd);
		}
		return out.array();
	}
}
