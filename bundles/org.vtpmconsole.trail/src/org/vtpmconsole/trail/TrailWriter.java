package org.vtpmconsole.trail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.trail.TrailReplay.ReplayException;

/**
 * The agent's append-only writer of its one log for all VMs. Opening checks the existing log from its first line
 * (a log that does not verify is not appended to: that would bless it) and resumes its seq, chain and replay;
 * each append computes the registers by the same replay the verifier uses, writes the line and its newline and
 * forces them to disk before returning the line's SHA-256, which the caller then extends into the anchor.
 * Thread-safe.
 */
public final class TrailWriter implements AutoCloseable {
	private final FileChannel channel;
	private final TrailLogChecker checker;
	/** Set while a line is being written: an I/O failure leaves the checker a line ahead of the file. */
	private boolean broken;

	private TrailWriter(FileChannel channel, TrailLogChecker checker) {
		this.channel = channel;
		this.checker = checker;
	}

	/** A line as written: its event, its bytes (without the newline) and their SHA-256. */
	public record Appended(TrailEvent event, byte[] bytes, byte[] sha256) {
	}

	/** Opens {@code log}, creating it empty if absent. */
	public static TrailWriter open(Path log) throws IOException, TrailRefusal {
		byte[] content = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
		TrailLogChecker checker = TrailLog.check(content);
		FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		return new TrailWriter(channel, checker);
	}

	/**
	 * Appends one event. A replay refusal (a rollback to a snapshot never taken, a snapshot extending 28) writes
	 * nothing.
	 */
	public synchronized Appended append(UUID vm, String time, EventType type, String user, Optional<String> snapshot,
			List<Extend> extendList) throws IOException, TrailRefusal {
		long seq = checker.lineCount() + 1;
		if (broken)
			throw new IOException("an earlier append failed half-way; reopen the log to check it");
		Registers registers;
		try {
			registers = checker.replay().next(vm, type, snapshot, extendList);
		} catch (ReplayException e) {
			throw new TrailRefusal(seq, "event not written: " + e.getMessage());
		}
		TrailEvent event = new TrailEvent(seq, vm, time, type, user, snapshot, extendList, registers, checker.lastDigest());
		byte[] bytes = TrailLines.write(event);
		// the checker checks the line exactly as a verifier will, then counts it as written
		checker.line(bytes);
		broken = true;
		ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 1).put(bytes).put((byte) '\n').flip();
		while (buffer.hasRemaining())
			channel.write(buffer);
		channel.force(false);
		broken = false;
		return new Appended(event, bytes, checker.lastDigest());
	}

	/** The anchor's expected value after every line written so far. */
	public synchronized byte[] fold() {
		return checker.fold();
	}

	public synchronized Optional<Registers> registers(UUID vm) {
		return checker.replay().registers(vm);
	}

	@Override
	public synchronized void close() throws IOException {
		channel.close();
	}
}
