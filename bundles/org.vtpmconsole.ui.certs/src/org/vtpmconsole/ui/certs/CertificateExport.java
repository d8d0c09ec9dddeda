package org.vtpmconsole.ui.certs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;

/**
 * Writes a certificate as PEM or DER. Atomically: a temporary file in the target directory, fsync, rename over
 * the target, fsync the directory — so a crash leaves the old file or the new one, never half a certificate.
 */
final class CertificateExport {

	enum Format {
		PEM("*.pem"), DER("*.der");

		private final String pattern;

		Format(String pattern) {
			this.pattern = pattern;
		}

		String pattern() {
			return pattern;
		}
	}

	private CertificateExport() {
	}

	static byte[] encode(byte[] der, Format format) {
		if (format == Format.DER) {
			return der.clone();
		}
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
	}

	static void write(Path target, byte[] der, Format format) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path directory = absolute.getParent();
		Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(encode(der, format)));
				channel.force(true);
			}
			Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
				dir.force(true);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
