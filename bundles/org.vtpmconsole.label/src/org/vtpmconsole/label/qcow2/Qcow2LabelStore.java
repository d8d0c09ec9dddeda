package org.vtpmconsole.label.qcow2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.LabelFormatException;

/**
 * Keeps a VM's label in its qcow2 image as header extension 0x12345678 in the first cluster (SPEC §4.4).
 * <p>
 * A write first records the old and new bytes of the changed header range in a checksummed journal beside the
 * image ({@code .NAME.vtpm-label-journal}), makes it durable, then writes the range into the image in one
 * positional write, makes that durable and deletes the journal. Every operation first completes (or discards, if
 * torn) a journal left by an interrupted write, so callers see the old label or the new one, never a mix.
 * <p>
 * The store takes a POSIX lock on bytes 100..299 of the image, the bytes QEMU's own image locking uses:
 * a write is refused while QEMU or qemu-img has the image open, and they refuse to open it during a write.
 * Thread-safe.
 */
public final class Qcow2LabelStore {
	private static final long QEMU_LOCK_START = 100;
	private static final long QEMU_LOCK_LENGTH = 200;
	/** Java refuses overlapping file locks within one process even between readers, so operations take turns. */
	private static final Object IN_THIS_JVM = new Object();

	private final Disk disk;

	public Qcow2LabelStore() {
		this(new RealDisk());
	}

	Qcow2LabelStore(Disk disk) {
		this.disk = disk;
	}

	/** The label extension's bytes as stored, without padding; empty if the image has no label. */
	public Optional<byte[]> readBytes(Path image) throws IOException {
		synchronized (IN_THIS_JVM) {
			try (FileChannel channel = openLocked(image, false)) {
				return loadHeader(image, channel).label();
			}
		}
	}

	/** The decoded label; empty if the image has none. */
	public Optional<Label> read(Path image) throws IOException, LabelFormatException {
		Optional<byte[]> bytes = readBytes(image);
		return bytes.isPresent() ? Optional.of(LabelCodec.decode(bytes.get())) : Optional.empty();
	}

	/** Sets the image's label, replacing any it has. The label must be signed. */
	public void write(Path image, Label label) throws IOException {
		byte[] encoded = label.encode();
		synchronized (IN_THIS_JVM) {
			try (FileChannel channel = openLocked(image, true)) {
				Qcow2Header header = loadHeader(image, channel);
				commit(image, channel, header.bytes(), header.withLabel(encoded));
			}
		}
	}

	/** Removes the label; false if the image had none. */
	public boolean remove(Path image) throws IOException {
		synchronized (IN_THIS_JVM) {
			try (FileChannel channel = openLocked(image, true)) {
				Qcow2Header header = loadHeader(image, channel);
				if (header.label().isEmpty()) {
					return false;
				}
				commit(image, channel, header.bytes(), header.withoutLabel());
				return true;
			}
		}
	}

	/**
	 * Opens the image with its lock held until the channel closes: shared for reading, exclusive for writing or
	 * for completing an interrupted write.
	 */
	private static FileChannel openLocked(Path image, boolean forWrite) throws IOException {
		if (!Files.isRegularFile(image)) {
			throw new Qcow2Exception(image, "no such regular file");
		}
		boolean writable = forWrite || Files.exists(HeaderJournal.pathFor(image));
		FileChannel channel = writable ? FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE)
				: FileChannel.open(image, StandardOpenOption.READ);
		try {
			if (channel.tryLock(QEMU_LOCK_START, QEMU_LOCK_LENGTH, !writable) == null) {
				throw new Qcow2Exception(image, "in use by another process (QEMU or qemu-img holds its image lock)");
			}
			return channel;
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** Finishes an interrupted write, then reads and checks the first cluster. */
	private Qcow2Header loadHeader(Path image, FileChannel channel) throws IOException {
		recover(image, channel);
		long size = channel.size();
		byte[] prefix = readAt(channel, 0, (int) Math.min(size, Qcow2Header.FIXED_HEADER_PREFIX));
		int clusterSize = Qcow2Header.clusterSize(image, prefix);
		return Qcow2Header.parse(image, readAt(channel, 0, (int) Math.min(size, clusterSize)));
	}

	private void recover(Path image, FileChannel channel) throws IOException {
		Path journal = HeaderJournal.pathFor(image);
		if (!Files.exists(journal)) {
			return;
		}
		Optional<HeaderJournal.Entry> entry = HeaderJournal.decode(Files.readAllBytes(journal));
		if (entry.isPresent()) {
			byte[] newBytes = entry.get().newBytes();
			byte[] current = readAt(channel, entry.get().offset(), newBytes.length);
			if (!Arrays.equals(current, newBytes)) {
				if (!entry.get().isBetweenOldAndNew(current)) {
					throw new Qcow2Exception(image, "the header changed since the interrupted label write recorded in "
							+ journal + "; check the image and remove that journal by hand");
				}
				disk.write(channel, entry.get().offset(), newBytes);
				disk.force(channel);
			}
		}
		disk.delete(journal);
		disk.syncDirectory(journal.toAbsolutePath().getParent());
	}

	/** Writes {@code updated} over {@code current} (both from offset 0), journaled, touching only what differs. */
	private void commit(Path image, FileChannel channel, byte[] current, byte[] updated) throws IOException {
		int from = 0;
		while (from < updated.length && updated[from] == current[from]) {
			from++;
		}
		if (from == updated.length) {
			return;
		}
		int to = updated.length;
		while (updated[to - 1] == current[to - 1]) {
			to--;
		}
		byte[] newBytes = Arrays.copyOfRange(updated, from, to);
		HeaderJournal.Entry entry = new HeaderJournal.Entry(from, Arrays.copyOfRange(current, from, to), newBytes);
		Path journal = HeaderJournal.pathFor(image);
		Path directory = journal.toAbsolutePath().getParent();
		try (FileChannel out = disk.createNew(journal)) {
			disk.write(out, 0, HeaderJournal.encode(entry));
			disk.force(out);
		}
		disk.syncDirectory(directory);
		disk.write(channel, from, newBytes);
		disk.force(channel);
		disk.delete(journal);
		disk.syncDirectory(directory);
	}

	private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		return Arrays.copyOf(buffer.array(), buffer.position());
	}
}
