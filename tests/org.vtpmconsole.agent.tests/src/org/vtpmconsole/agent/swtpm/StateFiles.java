package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Looks for bytes in the files of a vTPM state directory, an image or a migration stream, as an attacker with the disk would. */
public final class StateFiles {

	private StateFiles() {
	}

	/** The regular files under {@code dir} that contain {@code needle}. */
	public static List<Path> containing(Path dir, byte[] needle) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).filter(file -> contains(file, needle)).toList();
		}
	}

	/** The regular files under {@code dir}, to show that there was something to search. */
	public static long totalBytes(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	/** Whether the file's raw bytes contain {@code needle} anywhere. */
	public static boolean contains(Path file, byte[] needle) {
		try {
			return indexOf(Files.readAllBytes(file), needle, 0) >= 0;
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
	}

	/** Where {@code needle} first occurs in {@code content} at or after {@code from}, or -1. */
	public static int indexOf(byte[] content, byte[] needle, int from) {
		outer: for (int i = from; i + needle.length <= content.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
