package org.vtpmconsole.label.qcow2;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A disk that dies after a budget of steps, the way a killed process does: one step per byte written and one
 * per other operation, so every budget stops the store at a different point, mid-write ones after a prefix of
 * the bytes. fsync is counted but skipped: a process crash loses nothing the kernel has accepted.
 */
final class CrashingDisk implements Disk {
	/** Thrown where the process would have died. */
	static final class Crash extends IOException {
		private static final long serialVersionUID = 1L;

		Crash() {
			super("simulated crash");
		}
	}

	private final RealDisk real = new RealDisk();
	private long budget;
	private long used;

	CrashingDisk(long budget) {
		this.budget = budget;
	}

	/** Steps taken so far; with an unlimited budget, the number of steps a whole operation takes. */
	long used() {
		return used;
	}

	@Override
	public void write(FileChannel channel, long position, byte[] bytes) throws IOException {
		int allowed = (int) Math.min(bytes.length, budget);
		real.write(channel, position, Arrays.copyOf(bytes, allowed));
		spend(allowed);
		if (allowed < bytes.length) {
			throw new Crash();
		}
	}

	@Override
	public void force(FileChannel channel) throws IOException {
		step();
	}

	@Override
	public FileChannel createNew(Path file) throws IOException {
		step();
		return real.createNew(file);
	}

	@Override
	public void delete(Path file) throws IOException {
		step();
		real.delete(file);
	}

	@Override
	public void syncDirectory(Path directory) throws IOException {
		step();
	}

	private void step() throws Crash {
		if (budget == 0) {
			throw new Crash();
		}
		spend(1);
	}

	private void spend(long steps) {
		budget -= steps;
		used += steps;
	}
}
