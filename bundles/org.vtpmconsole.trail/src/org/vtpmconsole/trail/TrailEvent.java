package org.vtpmconsole.trail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the trail log (SPEC §8.1) as parsed or about to be written: {@code registers} are the VM's values after
 * the event, {@code prev} the SHA-256 of the previous line's bytes (32 zero bytes on the first line).
 *
 * @param snapshot present exactly for {@code snapshot} and {@code rollback} events
 * @param extendList the line's {@code extends}, applied in order
 */
public record TrailEvent(long seq, UUID vm, String time, EventType type, String user, Optional<String> snapshot,
		List<Extend> extendList, Registers registers, byte[] prev) {

	public static final int DIGEST_LENGTH = 32;

	public TrailEvent {
		if (seq < 1)
			throw new IllegalArgumentException("seq starts at 1, not " + seq);
		TrailTime.check(time);
		if (user.isEmpty())
			throw new IllegalArgumentException("an event names the user who caused it");
		if (type.namesSnapshot() != snapshot.isPresent())
			throw new IllegalArgumentException(type.namesSnapshot() ? "a " + type.token() + " event names its snapshot"
					: "only snapshot and rollback events name a snapshot");
		if (snapshot.isPresent() && snapshot.get().isEmpty())
			throw new IllegalArgumentException("a snapshot id is not empty");
		if (prev.length != DIGEST_LENGTH)
			throw new IllegalArgumentException("prev is a 32-byte SHA-256");
		extendList = List.copyOf(extendList);
		prev = prev.clone();
	}

	@Override
	public byte[] prev() {
		return prev.clone();
	}

	byte[] prevView() {
		return prev;
	}
}
