package org.vtpmconsole.trail;

import java.security.MessageDigest;

import org.vtpmconsole.trail.TrailReplay.ReplayException;

/**
 * Checks a log line by line as SPEC §8.1 asks, stopping at the first bad line: its format, its {@code prev} (the
 * SHA-256 of the line before, 64 zeros on line 1), its {@code seq} (its line number), its extends against its type,
 * time and user, and its {@code registers} against the replay. Meanwhile it folds the lines' digests as the anchor
 * does. A line whose contents are withheld (another VM's, in an evidence bundle) is fed as its digest: it takes part
 * in the chain and the fold, not in the replay. Not thread-safe.
 */
public final class TrailLogChecker {
	private final TrailReplay replay = new TrailReplay();
	private final Hashing hashing = new Hashing();
	private byte[] previousDigest = new byte[TrailEvent.DIGEST_LENGTH];
	private byte[] fold = new byte[TrailEvent.DIGEST_LENGTH];
	private long lines;

	/** Checks the next line (its bytes without the newline) and returns it parsed. */
	public TrailEvent line(byte[] buffer, int offset, int length) throws TrailRefusal {
		long number = lines + 1;
		TrailEvent event;
		try {
			event = TrailLineParser.parse(buffer, offset, length, number);
		} catch (TrailFormatException e) {
			throw new TrailRefusal(number, e.getMessage());
		}
		if (!MessageDigest.isEqual(event.prevView(), previousDigest))
			throw new TrailRefusal(number, "chain broken at line " + number + ": its prev is not the SHA-256 of "
					+ (number == 1 ? "nothing (64 zeros on the first line)" : "line " + (number - 1))
					+ " (a line before it was changed, removed or moved, or this one was)");
		if (event.seq() != number)
			throw new TrailRefusal(number, "line " + number + " has seq " + event.seq() + ", not " + number);
		replay(replay, event, number);
		advance(hashing.sha256(buffer, offset, length));
		return event;
	}

	/**
	 * Checks the event's extends against its type, time and user, applies it to {@code replay} and compares the
	 * registers its line records with the replay's; {@code number} names the line in a refusal.
	 */
	static Registers replay(TrailReplay replay, TrailEvent event, long number) throws TrailRefusal {
		String shape = EventShape.mismatch(event);
		if (shape != null)
			throw new TrailRefusal(number, "line " + number + "'s extends do not fit its event: " + shape);
		Registers replayed;
		try {
			replayed = replay.apply(event);
		} catch (ReplayException e) {
			throw new TrailRefusal(number, "line " + number + "'s registers do not replay: " + e.getMessage());
		}
		String difference = replayed.firstDifference(event.registers());
		if (difference != null)
			throw new TrailRefusal(number, "line " + number + "'s registers do not replay: " + difference
					+ " differs from the replay of the log");
		return replayed;
	}

	public TrailEvent line(byte[] line) throws TrailRefusal {
		return line(line, 0, line.length);
	}

	/** A line known only by its SHA-256. */
	public void withheldLine(byte[] sha256) {
		if (sha256.length != TrailEvent.DIGEST_LENGTH)
			throw new IllegalArgumentException("a line digest is a 32-byte SHA-256");
		advance(sha256.clone());
	}

	private void advance(byte[] digest) {
		lines++;
		previousDigest = digest;
		fold = hashing.fold(fold, digest);
	}

	/** The NV value the anchor must hold after the lines so far: SHA-256 folded over their digests. */
	public byte[] fold() {
		return fold.clone();
	}

	/** The SHA-256 of the last line (64 zeros before the first): the next line's prev. */
	public byte[] lastDigest() {
		return previousDigest.clone();
	}

	public long lineCount() {
		return lines;
	}

	/** The registers replayed so far, per VM. */
	public TrailReplay replay() {
		return replay;
	}
}
