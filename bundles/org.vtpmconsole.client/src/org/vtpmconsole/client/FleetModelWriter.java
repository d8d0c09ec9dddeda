package org.vtpmconsole.client;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.vtpmconsole.model.Fleet;

/**
 * {@link FleetWriter} for a model thread: a change made elsewhere is handed to that thread and waited for; while it
 * runs it holds the write lock, which background readers ({@link #read}) share. Readers on the model thread need no
 * lock, since no change can run beside them there.
 */
public final class FleetModelWriter implements FleetWriter {

	private final Fleet fleet;
	private final ModelThread thread;
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	public FleetModelWriter(Fleet fleet, ModelThread thread) {
		this.fleet = fleet;
		this.thread = thread;
	}

	@Override
	public Fleet fleet() {
		return fleet;
	}

	@Override
	public <T> T write(Supplier<T> change) {
		if (thread.isCurrent()) {
			return locked(change);
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		thread.runAndWait(() -> {
			try {
				result.set(locked(change));
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	private <T> T locked(Supplier<T> change) {
		lock.writeLock().lock();
		try {
			return change.get();
		} finally {
			lock.writeLock().unlock();
		}
	}

	@Override
	public <T> T read(Supplier<T> query) {
		if (thread.isCurrent() && thread != ModelThread.CALLER) {
			return query.get();
		}
		lock.readLock().lock();
		try {
			return query.get();
		} finally {
			lock.readLock().unlock();
		}
	}
}
