package org.vtpmconsole.trail;

import java.util.Arrays;

/** One extend of a trail register (24-31) with its data, in both banks: {@code R ← H(R ‖ H(data))}. */
public record Extend(int register, byte[] data) {

	public Extend {
		Registers.checkRegister(register);
		data = data.clone();
	}

	@Override
	public byte[] data() {
		return data.clone();
	}

	/** The data without a copy, for the replay's hot loop. */
	byte[] dataView() {
		return data;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Extend e && e.register == register && Arrays.equals(e.data, data);
	}

	@Override
	public int hashCode() {
		return 31 * register + Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return "extend " + register + " with " + data.length + " bytes";
	}
}
