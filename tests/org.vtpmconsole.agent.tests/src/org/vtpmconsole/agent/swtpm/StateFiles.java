package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Looks for bytes in every file of a vTPM state directory, as an attacker with the disk would. */
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

	private static boolean contains(Path file, byte[] needle) {
		try {
			byte[] content = Files.readAllBytes(file);
			outer: for (int i = 0; i + needle.length <= content.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (content[i + j] != needle[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		} catch (IOException e) {
			throw new IllegalStateException("cannot read " + file, e);
		}
	}
}
