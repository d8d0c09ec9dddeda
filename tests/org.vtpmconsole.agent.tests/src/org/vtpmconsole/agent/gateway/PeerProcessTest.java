package org.vtpmconsole.agent.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process's open files are found by device and inode and read through its own descriptor, so renaming the path
 * and putting another file there, or a symbolic link to it, cannot swap the file the gateway reads.
 */
class PeerProcessTest {
	@TempDir
	Path dir;

	@Test
	void theOpenFileIsFoundAndReadThroughTheDescriptorAfterItsPathWasSwapped() throws Exception {
		Path image = dir.resolve("disk.qcow2");
		Files.writeString(image, "the file the process opened");
		Object openedKey = PeerProcess.fileKey(image).orElseThrow();
		Process holder = new ProcessBuilder("/usr/bin/python3", "-c",
				"import sys, time; f = open(sys.argv[1], 'rb'); print('open', flush=True); time.sleep(60)",
				image.toString()).redirectErrorStream(true).start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
			assertEquals("open", out.readLine());
			Path moved = dir.resolve("moved.qcow2");
			Files.move(image, moved);
			Files.writeString(image, "another file at the same path");
			PeerProcess peer = new PeerProcess(holder.pid());

			Optional<Path> descriptor = peer.openFile(openedKey);
			assertTrue(descriptor.isPresent(), "found by device and inode after the rename");
			assertArrayEquals(Files.readAllBytes(moved), Files.readAllBytes(descriptor.get()),
					"reading through /proc/PID/fd/N reads the opened file");
			Object swappedKey = PeerProcess.fileKey(peer.resolve(image.toString())).orElseThrow();
			assertNotEquals(openedKey, swappedKey);
			assertEquals(Optional.empty(), peer.openFile(swappedKey), "the file now at the path is not open");

			Path link = dir.resolve("link.qcow2");
			Files.createSymbolicLink(link, moved);
			assertEquals(descriptor, peer.openFile(PeerProcess.fileKey(link).orElseThrow()),
					"a symbolic link leads to the same open file");
		} finally {
			holder.destroyForcibly();
		}
	}
}
