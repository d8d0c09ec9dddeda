package org.vtpmconsole.lab.fleet;

/** Told of each step of {@code up} and {@code down} when it is done: one line with how long it took. */
@FunctionalInterface
public interface LabProgress {
	void step(String what, long millis);
}
