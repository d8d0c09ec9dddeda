package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;

/**
 * What the agent knows of one VM, measured outside the guest: the gateway's SHA-256 vPCRs 0-23 and measurement
 * log, and the trail's SHA-256 registers 24-31 with that VM's trail log lines (SPEC §8.1, exact line text without
 * the newline). The producer's input and part of each VM's evidence.
 */
public record VmMeasurements(UUID uuid, List<byte[]> pcrs, List<byte[]> trail, List<MeasurementRecord> log,
		List<String> trailLog) {
	public static final int VPCR_COUNT = 24;
	public static final int FIRST_TRAIL_REGISTER = 24;
	public static final int TRAIL_COUNT = 8;
	public static final int DIGEST_BYTES = 32;

	public VmMeasurements {
		if (uuid == null)
			throw new IllegalArgumentException("VM uuid is missing");
		pcrs = digests(pcrs, VPCR_COUNT, "pcrs", uuid);
		trail = digests(trail, TRAIL_COUNT, "trail", uuid);
		log = List.copyOf(log);
		trailLog = List.copyOf(trailLog);
	}

	private static List<byte[]> digests(List<byte[]> values, int count, String field, UUID uuid) {
		if (values == null || values.size() != count)
			throw new IllegalArgumentException("VM " + uuid + ": " + field + " must hold " + count + " SHA-256 values, not "
					+ (values == null ? "none" : values.size()));
		for (int i = 0; i < count; i++)
			if (values.get(i) == null || values.get(i).length != DIGEST_BYTES)
				throw new IllegalArgumentException("VM " + uuid + ": " + field + "[" + i + "] is not a 32-byte SHA-256 value");
		return values.stream().map(byte[]::clone).toList();
	}

	/** vPCR {@code index} (0-23). */
	public byte[] pcr(int index) {
		return pcrs.get(index).clone();
	}

	/** Trail register {@code register} (24-31). */
	public byte[] trailRegister(int register) {
		return trail.get(register - FIRST_TRAIL_REGISTER).clone();
	}

	@Override
	public List<byte[]> pcrs() {
		return pcrs.stream().map(byte[]::clone).toList();
	}

	@Override
	public List<byte[]> trail() {
		return trail.stream().map(byte[]::clone).toList();
	}

	/** The same VM under another name: what a host presenting VM A's evidence as VM B's would send. */
	public VmMeasurements withUuid(UUID other) {
		return new VmMeasurements(other, pcrs, trail, log, trailLog);
	}
}
