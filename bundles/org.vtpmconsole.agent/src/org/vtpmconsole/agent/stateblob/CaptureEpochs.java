package org.vtpmconsole.agent.stateblob;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A VM's capture counter, kept by the agent in one file (decimal text): 0 before the first capture, then the epoch of
 * the latest time QEMU pulled the vTPM's state (savevm, migrate). A new epoch is on disk (written beside, fsynced,
 * renamed, directory fsynced) before any blob sealed with it leaves the gateway, so no crash can make an older
 * capture look like the latest.
 */
public final class CaptureEpochs {
	private final Path file;

	public CaptureEpochs(Path file) {
		this.file = file;
	}

	/** The latest capture's epoch; 0 if there was none. */
	public long latest() throws IOException {
		if (!Files.exists(file)) {
			return 0;
		}
		String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
		try {
			long epoch = Long.parseLong(text);
			if (epoch < 0) {
				throw new NumberFormatException("negative");
			}
			return epoch;
		} catch (NumberFormatException e) {
			throw new IOException("the capture counter " + file + " holds '" + text + "', not an epoch", e);
		}
	}

	/** Starts a new capture: the next epoch, durable before it is returned. */
	public long next() throws IOException {
		long epoch = Math.addExact(latest(), 1);
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			channel.write(ByteBuffer.wrap((epoch + "\n").getBytes(StandardCharsets.US_ASCII)));
			channel.force(true);
		}
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
			directory.force(true);
		}
		return epoch;
	}
}
