package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Crash-safe file replacement: write a temporary file in the target's directory, fsync it, rename it over the
 * target (atomic within one file system), fsync the directory so the rename itself survives a power cut. A
 * reader sees the old content or the new, never a mix; a crash leaves at most a temporary file, which
 * {@link #removeLeftovers} deletes on the next start. Every file is created readable by its owner only.
 */
public final class AtomicFiles {

	static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
	public static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

	private static final String TEMP_MARK = ".tmp-";
	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		byte[] suffix = new byte[8];
		RANDOM.nextBytes(suffix);
		Path temp = directory.resolve("." + target.getFileName() + TEMP_MARK + HexFormat.of().formatHex(suffix));
		try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
				OWNER_ONLY)) {
			writeFully(channel, content);
			channel.force(true);
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		syncDirectory(directory);
	}

	/** Appends and fsyncs, for the issuance log; creates the file (owner only) if needed. */
	static void append(Path target, byte[] content) throws IOException {
		boolean created = !Files.exists(target);
		try (FileChannel channel = FileChannel.open(target,
				Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND), OWNER_ONLY)) {
			writeFully(channel, content);
			channel.force(true);
		}
		if (created) {
			syncDirectory(target.toAbsolutePath().getParent());
		}
	}

	static void writeFully(FileChannel channel, byte[] content) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(content);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	static void syncDirectory(Path directory) throws IOException {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	/** Deletes temporary files a crash left in this directory; returns how many. */
	public static int removeLeftovers(Path directory) throws IOException {
		int removed = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
				entry -> entry.getFileName().toString().startsWith(".") && entry.getFileName().toString().contains(TEMP_MARK))) {
			for (Path leftover : entries) {
				Files.delete(leftover);
				removed++;
			}
		}
		if (removed > 0) {
			syncDirectory(directory);
		}
		return removed;
	}
}
