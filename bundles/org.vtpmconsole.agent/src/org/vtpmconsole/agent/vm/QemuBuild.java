package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The QEMU executable VMs are started with and the SHA-256 of its bytes, which labels bind (qemuDigest). */
public record QemuBuild(Path executable, byte[] digest) {

	public static QemuBuild of(Path executable) throws IOException {
		Path real = executable.toRealPath();
		return new QemuBuild(real, sha256(real));
	}

	static byte[] sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
			digesting.transferTo(OutputStream.nullOutputStream());
			return digesting.getMessageDigest().digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
		}
	}

	@Override
	public byte[] digest() {
		return digest.clone();
	}
}
