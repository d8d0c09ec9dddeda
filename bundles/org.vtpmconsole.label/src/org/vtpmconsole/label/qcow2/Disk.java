package org.vtpmconsole.label.qcow2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Every operation by which the label store changes a file. Tests substitute an implementation that stops
 * part-way, to prove that an interrupted write leaves the old label or the new one.
 */
interface Disk {

	void write(FileChannel channel, long position, byte[] bytes) throws IOException;

	void force(FileChannel channel) throws IOException;

	/** Creates a file that must not exist yet, open for writing. */
	FileChannel createNew(Path file) throws IOException;

	void delete(Path file) throws IOException;

	/** Makes the creation or deletion of a directory entry durable. */
	void syncDirectory(Path directory) throws IOException;
}
