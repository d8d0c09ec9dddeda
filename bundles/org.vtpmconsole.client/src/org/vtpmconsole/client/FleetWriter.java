package org.vtpmconsole.client;

import java.util.function.Supplier;

import org.vtpmconsole.model.Fleet;

/**
 * The one way to change the fleet model. EMF is not thread-safe, so the model has one writer thread (the console's
 * UI thread): background work computes its result off that thread and hands the change to {@link #write}, which
 * runs it there, waits for it and returns its result. A background reader wraps what it reads in {@link #read}, so
 * no change runs while it looks; readers on the writer thread need nothing.
 */
public interface FleetWriter {

	Fleet fleet();

	/** Runs {@code change} on the model's writer thread, excluding background readers, and returns its result. */
	<T> T write(Supplier<T> change);

	/** Runs {@code query} so that no change to the model runs meanwhile; on the writer thread it simply runs. */
	<T> T read(Supplier<T> query);

	/** Runs a change that has no result: {@code write(() -> { change.run(); return null; })}. */
	default void update(Runnable change) {
		write(() -> {
			change.run();
			return null;
		});
	}

	/** A writer whose writer thread is whichever thread calls it (tests, headless tools): a lock, no hand-over. */
	static FleetWriter onCallerThread(Fleet fleet) {
		return new FleetModelWriter(fleet, ModelThread.CALLER);
	}
}
