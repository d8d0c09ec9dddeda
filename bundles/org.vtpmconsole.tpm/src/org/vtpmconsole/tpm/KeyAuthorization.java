package org.vtpmconsole.tpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The authValue of RSA_local and RSA_mig (docs/tpm-keys.md, "Authorization"): 32 random bytes in a file that only
 * the agent's uid may read (mode 0600 in the agent's state directory). Without it no process on the host can make
 * those keys decrypt or sign, even with the TPM's socket in hand. The value never prints itself; closing wipes it.
 */
public final class KeyAuthorization implements AutoCloseable {
	public static final int LENGTH = 32;
	/** The file's name in the agent's state directory. */
	public static final String FILE_NAME = "tpm-key-auth";
	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final Path file;
	private final byte[] value;
	private final boolean created;
	private boolean closed;
	private volatile boolean usedForNewKey;

	private KeyAuthorization(Path file, byte[] value, boolean created) {
		this.file = file;
		this.value = value;
		this.created = created;
	}

	/** Reads the secret; refuses a file that group or others may read or write, a link, or a wrong size. */
	public static KeyAuthorization load(Path file) throws TpmException {
		try {
			if (Files.isSymbolicLink(file))
				throw new TpmException("the key authorization file " + file + " is a symbolic link; refused");
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
			if (!OWNER_ONLY.containsAll(permissions))
				throw new TpmException("the key authorization file " + file + " has mode "
						+ PosixFilePermissions.toString(permissions) + "; only its owner may read it (chmod 600)");
			byte[] value = new byte[LENGTH + 1];
			int read;
			try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
				ByteBuffer buffer = ByteBuffer.wrap(value);
				while (buffer.hasRemaining() && in.read(buffer) > 0) {
					// until full or end of file
				}
				read = buffer.position();
			}
			if (read != LENGTH) {
				Arrays.fill(value, (byte) 0);
				throw new TpmException("the key authorization file " + file + " holds " + (read > LENGTH ? "more than "
						+ LENGTH : String.valueOf(read)) + " bytes, expected " + LENGTH);
			}
			byte[] secret = Arrays.copyOf(value, LENGTH);
			Arrays.fill(value, (byte) 0);
			return new KeyAuthorization(file, secret, false);
		} catch (NoSuchFileException e) {
			throw new TpmException("the key authorization file " + file + " does not exist", e);
		} catch (IOException e) {
			throw new TpmException("cannot read the key authorization file " + file + ": " + e.getMessage(), e);
		}
	}

	/** {@link #load} when the file exists, else a new random secret written there first (mode 0600, durable). */
	public static KeyAuthorization loadOrCreate(Path file, SecureRandom random) throws TpmException {
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS))
			return load(file);
		byte[] value = new byte[LENGTH];
		// the TPM drops an authValue's trailing zero bytes (Part 1, 19.6.4.3); a non-zero last byte keeps all 32
		do
			random.nextBytes(value);
		while (value[LENGTH - 1] == 0);
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		try {
			Path directory = file.toAbsolutePath().getParent();
			if (!Files.isDirectory(directory))
				Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(EnumSet.of(
						PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
			Files.deleteIfExists(temporary);
			try (FileChannel out = FileChannel.open(temporary, EnumSet.of(StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
				ByteBuffer buffer = ByteBuffer.wrap(value);
				while (buffer.hasRemaining())
					out.write(buffer);
				out.force(true);
			}
			// a link, not a rename: two agents starting at once cannot both install a secret
			Files.createLink(file, temporary);
			Files.delete(temporary);
			try (FileChannel entries = FileChannel.open(directory, StandardOpenOption.READ)) {
				entries.force(true);
			}
			return new KeyAuthorization(file, value, true);
		} catch (FileAlreadyExistsException e) {
			Arrays.fill(value, (byte) 0);
			deleteQuietly(temporary);
			return load(file);
		} catch (IOException e) {
			Arrays.fill(value, (byte) 0);
			deleteQuietly(temporary);
			throw new TpmException("cannot create the key authorization file " + file + ": " + e.getMessage(), e);
		}
	}

	/** Whether this secret was made just now, so no key in the TPM can have been created with it yet. */
	public boolean created() {
		return created;
	}

	/**
	 * Whether a key found in the TPM may carry another authValue: this secret is brand new and has made no key yet
	 * (then the file that belonged to the key is lost).
	 */
	boolean cannotBelongToExistingKeys() {
		return created && !usedForNewKey;
	}

	void markUsedForNewKey() {
		usedForNewKey = true;
	}

	public Path file() {
		return file;
	}

	/** A copy of the authValue for one command; wipe it after use. */
	synchronized byte[] value() {
		if (closed)
			throw new IllegalStateException("the key authorization secret is already wiped");
		return value.clone();
	}

	@Override
	public synchronized void close() {
		Arrays.fill(value, (byte) 0);
		closed = true;
	}

	@Override
	public String toString() {
		return "KeyAuthorization[" + file + ", not shown]";
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException e) {
			// the first failure is the one reported; a leftover .new file is replaced on the next attempt
		}
	}

}
