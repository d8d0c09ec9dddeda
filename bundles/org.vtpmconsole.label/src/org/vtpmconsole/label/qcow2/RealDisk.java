package org.vtpmconsole.label.qcow2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

class RealDisk implements Disk {

	@Override
	public void write(FileChannel channel, long position, byte[] bytes) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		while (buffer.hasRemaining()) {
			channel.write(buffer, position + buffer.position());
		}
	}

	@Override
	public void force(FileChannel channel) throws IOException {
		channel.force(true);
	}

	@Override
	public FileChannel createNew(Path file) throws IOException {
		return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

	@Override
	public void delete(Path file) throws IOException {
		Files.delete(file);
	}

	@Override
	public void syncDirectory(Path directory) throws IOException {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
	}
}
