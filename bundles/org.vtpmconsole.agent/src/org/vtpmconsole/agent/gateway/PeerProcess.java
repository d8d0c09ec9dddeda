package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What /proc tells about the process at the other end of a gateway socket. */
final class PeerProcess {
	private final Path proc;

	PeerProcess(int pid) {
		this.proc = Path.of("/proc", Integer.toString(pid));
	}

	/** The path of the running executable (as the kernel recorded it). */
	Path executable() throws IOException {
		return Files.readSymbolicLink(proc.resolve("exe"));
	}

	/**
	 * SHA-256 of the bytes of the executable that is running. Read through /proc/PID/exe, which is the file the
	 * process was started from even if the path has since been replaced.
	 */
	byte[] executableDigest() throws IOException {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(proc.resolve("exe")),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return in.getMessageDigest().digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
		}
	}

	/** The process's working directory, against which relative paths on its command line resolve. */
	Path workingDirectory() throws IOException {
		return Files.readSymbolicLink(proc.resolve("cwd"));
	}

	/** The command line, one argument per element. */
	List<String> commandLine() throws IOException {
		byte[] bytes = Files.readAllBytes(proc.resolve("cmdline"));
		List<String> args = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				args.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
				start = i + 1;
			}
		}
		return args;
	}

	/** The files the process has open, as the targets of /proc/PID/fd/*. */
	Set<Path> openFiles() throws IOException {
		Set<Path> files = new HashSet<>();
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
			for (Path fd : fds) {
				try {
					files.add(Files.readSymbolicLink(fd));
				} catch (IOException closedMeanwhile) {
					// the descriptor was closed between listing and reading it
				}
			}
		}
		return files;
	}
}
