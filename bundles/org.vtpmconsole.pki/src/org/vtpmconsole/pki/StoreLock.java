package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An exclusive lock on the CA directory, so two CA instances never interleave writes (and serials) in one
 * store. Released when the CA closes or its process dies.
 */
final class StoreLock implements AutoCloseable {

	private final FileChannel channel;

	private StoreLock(FileChannel channel) {
		this.channel = channel;
	}

	static StoreLock acquire(Path file) throws PkiException {
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
					AtomicFiles.OWNER_ONLY);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new PkiException("the fleet CA in " + file.getParent() + " is open in another process");
			}
			return new StoreLock(channel);
		} catch (OverlappingFileLockException e) {
			closeQuietly(channel);
			throw new PkiException("the fleet CA in " + file.getParent() + " is already open in this process");
		} catch (IOException | PkiException e) {
			closeQuietly(channel);
			throw e instanceof PkiException p ? p : new PkiException("cannot lock " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		closeQuietly(channel);
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close(); // releases the lock
			} catch (IOException e) {
				// the lock dies with the channel's descriptor, which close released or the process will
			}
		}
	}
}
