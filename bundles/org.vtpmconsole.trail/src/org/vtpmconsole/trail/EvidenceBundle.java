package org.vtpmconsole.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One VM's trail as evidence (docs/trail.md, "Evidence bundle"): every line of the agent's log in order, this VM's in
 * full and every other VM's as its SHA-256 only (enough for the prev chain and the fold, nothing about that VM), and
 * the anchor's certification.
 */
public record EvidenceBundle(UUID vm, List<Entry> entries, AnchorEvidence anchor) {

	public EvidenceBundle {
		entries = List.copyOf(entries);
	}

	/** A log line: its bytes when it is the VM's, else only its SHA-256. */
	public record Entry(Optional<byte[]> line, byte[] sha256) {
		public static Entry full(byte[] line) {
			return new Entry(Optional.of(line.clone()), new Hashing().sha256(line));
		}

		public static Entry withheld(byte[] sha256) {
			if (sha256.length != TrailEvent.DIGEST_LENGTH)
				throw new IllegalArgumentException("a withheld line is its 32-byte SHA-256");
			return new Entry(Optional.empty(), sha256.clone());
		}
	}

	/**
	 * The bundle of {@code vm} from the agent's whole log, which must verify as a log first (an exporter does not
	 * package a log it could not vouch for).
	 */
	public static EvidenceBundle export(byte[] log, UUID vm, AnchorEvidence anchor) throws TrailRefusal {
		TrailLogChecker checker = TrailLog.check(log);
		if (checker.replay().registers(vm).isEmpty())
			throw new TrailRefusal(0, "the log holds no line of VM " + vm);
		List<Entry> entries = new ArrayList<>();
		long number = 0;
		for (byte[] line : TrailLog.lines(log)) {
			TrailEvent event;
			try {
				event = TrailLineParser.parse(line, ++number);
			} catch (TrailFormatException e) {
				throw new TrailRefusal(number, e.getMessage());
			}
			entries.add(event.vm().equals(vm) ? Entry.full(line) : Entry.withheld(new Hashing().sha256(line)));
		}
		return new EvidenceBundle(vm, entries, anchor);
	}
}
