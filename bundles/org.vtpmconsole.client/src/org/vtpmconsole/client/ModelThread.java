package org.vtpmconsole.client;

/** The thread the fleet model is written on, for {@link FleetModelWriter}: the console's UI thread, say. */
public interface ModelThread {

	/** Every thread is the model thread: changes run where they are made, one at a time. */
	ModelThread CALLER = new ModelThread() {
		@Override
		public boolean isCurrent() {
			return true;
		}

		@Override
		public void runAndWait(Runnable change) {
			change.run();
		}
	};

	boolean isCurrent();

	/** Runs {@code change} on the model thread and returns when it is done (called from another thread). */
	void runAndWait(Runnable change);
}
