package org.vtpmconsole.trail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recomputes every VM's registers from its events (SPEC §8.1): a snapshot resets 24-27 and applies its extends (24-27
 * only); a rollback sets 24-27 to the values recorded after the named snapshot's own event of the same VM (the
 * latest one of that id) and applies its extends (28-31 only); an application event extends 27 or 31; every other
 * event only applies its extends. A VM's first event is {@code created}, {@code migrated_in} or {@code recovered},
 * and {@code created} is only ever its first. The writer and the verifier share this one replay. Not thread-safe.
 */
public final class TrailReplay {
	private final Map<UUID, VmTrail> vms = new HashMap<>();
	private final Hashing hashing = new Hashing();

	private static final class VmTrail {
		Registers current = Registers.zero();
		final Map<String, Registers> snapshots = new HashMap<>();
	}

	/** The registers after {@code event}, which becomes part of the replayed history. */
	public Registers apply(UUID vm, EventType type, Optional<String> snapshot, List<Extend> extendList)
			throws ReplayException {
		Registers next = next(vm, type, snapshot, extendList);
		VmTrail trail = vms.computeIfAbsent(vm, absent -> new VmTrail());
		trail.current = next;
		if (type == EventType.SNAPSHOT)
			trail.snapshots.put(snapshot.orElseThrow(), next);
		return next;
	}

	/** The registers such an event would leave, without recording it. */
	public Registers next(UUID vm, EventType type, Optional<String> snapshot, List<Extend> extendList)
			throws ReplayException {
		VmTrail trail = vms.get(vm);
		boolean first = trail == null;
		if (first && type != EventType.CREATED && type != EventType.MIGRATED_IN && type != EventType.RECOVERED)
			throw new ReplayException("a " + type.token() + " event for VM " + vm + ", which was never created here");
		if (!first && type == EventType.CREATED)
			throw new ReplayException("VM " + vm + " is created a second time");
		Registers start = first ? Registers.zero() : trail.current;
		Registers next = switch (type) {
		case SNAPSHOT -> applyAll(start.withSnapshotRegistersOf(Registers.zero()), extendList, type, 24, 27);
		case ROLLBACK -> {
			Registers taken = first ? null : trail.snapshots.get(snapshot.orElseThrow());
			if (taken == null)
				throw new ReplayException("rolls back to snapshot '" + snapshot.get()
						+ "', which no earlier snapshot event of VM " + vm + " took");
			yield applyAll(start.withSnapshotRegistersOf(taken), extendList, type, 28, 31);
		}
		case APP_EVENT -> {
			for (Extend extend : extendList)
				if (extend.register() != 27 && extend.register() != 31)
					throw new ReplayException("an app_event extends register " + extend.register() + ", only 27 or 31");
			yield applyAll(start, extendList, type, 24, 31);
		}
		default -> applyAll(start, extendList, type, 24, 31);
		};
		return next;
	}

	public Registers apply(TrailEvent event) throws ReplayException {
		return apply(event.vm(), event.type(), event.snapshot(), event.extendList());
	}

	/** The VM's registers after its last event so far. */
	public Optional<Registers> registers(UUID vm) {
		return Optional.ofNullable(vms.get(vm)).map(trail -> trail.current);
	}

	/** The registers recorded after the VM's latest snapshot event with this id (what a rollback restores). */
	public Optional<Registers> snapshotRegisters(UUID vm, String snapshot) {
		return Optional.ofNullable(vms.get(vm)).map(trail -> trail.snapshots.get(snapshot));
	}

	private Registers applyAll(Registers start, List<Extend> extendList, EventType type, int lowest, int highest)
			throws ReplayException {
		Registers registers = start;
		for (Extend extend : extendList) {
			if (extend.register() < lowest || extend.register() > highest)
				throw new ReplayException("a " + type.token() + " extends register " + extend.register() + ", only "
						+ lowest + "-" + highest);
			registers = registers.extend(extend, hashing);
		}
		return registers;
	}

	/** An event that cannot be replayed at all (as opposed to one whose recorded registers differ). */
	public static final class ReplayException extends Exception {
		private static final long serialVersionUID = 1L;

		ReplayException(String message) {
			super(message);
		}
	}
}
