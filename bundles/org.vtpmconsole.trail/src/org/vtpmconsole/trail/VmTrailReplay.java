package org.vtpmconsole.trail;

import java.util.List;
import java.util.UUID;

/**
 * Replays one VM's own lines without the rest of the log (what a §9.1 attestation carries): each line must parse,
 * be of this VM, come after the one before it in the log (a higher seq), fit its event and record exactly the
 * registers the replay of the lines before it gives. The chain and the fold need every line of the log and are
 * not checked here: that is {@link EvidenceVerifier}'s, over an evidence bundle.
 */
public final class VmTrailReplay {
	private VmTrailReplay() {
	}

	/**
	 * The VM's registers after its last line; a refusal names the line by its position (1-based) in {@code lines}.
	 *
	 * @param lines the VM's lines in log order, each its exact bytes without the newline
	 */
	public static Registers replay(UUID vm, List<byte[]> lines) throws TrailRefusal {
		TrailReplay replay = new TrailReplay();
		Registers registers = Registers.zero();
		long previousSeq = 0;
		for (int i = 0; i < lines.size(); i++) {
			long number = i + 1;
			TrailEvent event;
			try {
				event = TrailLineParser.parse(lines.get(i), number);
			} catch (TrailFormatException e) {
				throw new TrailRefusal(number, e.getMessage());
			}
			if (!event.vm().equals(vm))
				throw new TrailRefusal(number, "line " + number + " is of VM " + event.vm() + ", not of " + vm);
			if (event.seq() <= previousSeq)
				throw new TrailRefusal(number, "line " + number + " has seq " + event.seq() + ", not after the seq "
						+ previousSeq + " of the line before it (a line repeated or moved)");
			previousSeq = event.seq();
			registers = TrailLogChecker.replay(replay, event, number);
		}
		return registers;
	}
}
