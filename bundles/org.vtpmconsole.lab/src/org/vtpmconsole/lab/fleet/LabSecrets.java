package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The lab's secrets: random, each in a file created with mode 0600 (never world-readable, not even for a moment) and
 * read back from it; never on a command line, in an environment variable or in a log.
 */
final class LabSecrets {
	private static final SecureRandom RANDOM = new SecureRandom();

	private LabSecrets() {
	}

	/** The secret in {@code file}, made (24 random bytes, Base64) if the file does not exist yet. */
	static char[] getOrCreate(Path file) throws IOException {
		if (!Files.exists(file)) {
			byte[] bytes = new byte[24];
			RANDOM.nextBytes(bytes);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n",
					StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
	}
}
