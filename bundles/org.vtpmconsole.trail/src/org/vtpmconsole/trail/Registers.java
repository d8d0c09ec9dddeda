package org.vtpmconsole.trail;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The values of one VM's trail registers 24-31 in both banks (SPEC §8). Immutable; every change returns a new
 * value. All zero at creation.
 */
public final class Registers {
	public static final int FIRST = 24;
	public static final int LAST = 31;
	public static final int COUNT = LAST - FIRST + 1;
	/** 24-27 are reset by a snapshot and restored by a rollback; 28-31 are never reset. */
	public static final int LAST_SNAPSHOT_REGISTER = 27;

	private static final Registers ZERO = zeros();

	/** [bank ordinal * COUNT + register - FIRST] */
	private final byte[][] values;

	private Registers(byte[][] values) {
		this.values = values;
	}

	public static Registers zero() {
		return ZERO;
	}

	private static Registers zeros() {
		byte[][] values = new byte[Bank.values().length * COUNT][];
		for (Bank bank : Bank.values())
			for (int r = FIRST; r <= LAST; r++)
				values[slot(bank, r)] = new byte[bank.digestLength()];
		return new Registers(values);
	}

	/** Values as a line records them; each must have its bank's length. */
	static Registers of(byte[][] values) {
		if (values.length != Bank.values().length * COUNT)
			throw new IllegalArgumentException("expected " + Bank.values().length * COUNT + " register values");
		for (Bank bank : Bank.values())
			for (int r = FIRST; r <= LAST; r++)
				if (values[slot(bank, r)].length != bank.digestLength())
					throw new IllegalArgumentException(bank.token() + " register " + r + " is not "
							+ bank.digestLength() + " bytes");
		return new Registers(values.clone());
	}

	public byte[] value(Bank bank, int register) {
		checkRegister(register);
		return values[slot(bank, register)].clone();
	}

	byte[] valueView(Bank bank, int register) {
		return values[slot(bank, register)];
	}

	Registers extend(Extend extend, Hashing hashing) {
		byte[][] next = values.clone();
		for (Bank bank : Bank.values()) {
			int slot = slot(bank, extend.register());
			next[slot] = hashing.extend(bank, next[slot], extend.dataView());
		}
		return new Registers(next);
	}

	/** These values with 24-27 taken from {@code source} (zero for a snapshot, the snapshot's for a rollback). */
	Registers withSnapshotRegistersOf(Registers source) {
		byte[][] next = values.clone();
		for (Bank bank : Bank.values())
			for (int r = FIRST; r <= LAST_SNAPSHOT_REGISTER; r++)
				next[slot(bank, r)] = source.values[slot(bank, r)];
		return new Registers(next);
	}

	/** The first register that differs from {@code other}, as "sha256 register 29", or null when equal. */
	String firstDifference(Registers other) {
		for (Bank bank : Bank.values())
			for (int r = FIRST; r <= LAST; r++)
				if (!MessageDigest.isEqual(valueView(bank, r), other.valueView(bank, r)))
					return bank.token() + " register " + r;
		return null;
	}

	static void checkRegister(int register) {
		if (register < FIRST || register > LAST)
			throw new IllegalArgumentException("trail register " + register + " is outside 24-31");
	}

	private static int slot(Bank bank, int register) {
		return bank.ordinal() * COUNT + register - FIRST;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Registers r && firstDifference(r) == null;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (byte[] value : values)
			hash = 31 * hash + Arrays.hashCode(value);
		return hash;
	}
}
