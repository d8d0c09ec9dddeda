package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What /proc tells about the process at the other end of a gateway socket. */
final class PeerProcess {
	private static final int START_TIME_FIELD = 22;

	private final Path proc;

	PeerProcess(long pid) {
		this.proc = Path.of("/proc", Long.toString(pid));
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

	/**
	 * A path as the process would resolve it: a relative one against its working directory, reached through
	 * /proc/PID/cwd itself so that a renamed directory is still the process's.
	 */
	Path resolve(String named) {
		return proc.resolve("cwd").resolve(named);
	}

	/** When the process started, in clock ticks after boot (/proc/PID/stat field 22); exec does not change it. */
	long startTime() throws IOException {
		String stat = Files.readString(proc.resolve("stat"), StandardCharsets.UTF_8);
		// "PID (COMM) STATE PPID ...": COMM may hold spaces and parentheses, so fields are counted after the last ')'
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		try {
			return Long.parseLong(fields[START_TIME_FIELD - 3]);
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			throw new IOException(proc.resolve("stat") + " has no start time: " + e.getMessage(), e);
		}
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

	/**
	 * The descriptor link (/proc/PID/fd/N) of the process's open file that is {@code file} (same device and inode,
	 * compared as the kernel reports them, not by name). Opening that link opens the very file the process has open,
	 * whatever has been renamed or linked since.
	 */
	Optional<Path> openFile(Object fileKey) throws IOException {
		try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
			for (Path fd : fds) {
				Optional<Object> key = fileKey(fd);
				if (key.isPresent() && key.get().equals(fileKey)) {
					return Optional.of(fd);
				}
			}
		}
		return Optional.empty();
	}

	/** Device and inode of the file a path leads to; empty if it leads nowhere (e.g. a descriptor closed meanwhile). */
	static Optional<Object> fileKey(Path path) {
		try {
			return Optional.ofNullable(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
		} catch (IOException gone) {
			return Optional.empty();
		}
	}
}
