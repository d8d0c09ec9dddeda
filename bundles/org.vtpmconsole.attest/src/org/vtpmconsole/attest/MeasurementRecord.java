package org.vtpmconsole.attest;

import java.util.Optional;

/**
 * One line of a VM's measurement log, recorded by the gateway from the guest's command and the vTPM's answer
 * (docs/attestation.md "log"): {@code seq} counts from 1 since the vTPM started; extend and event carry the SHA-256
 * digest that went into the PCR; reset has none; a gap names why the gateway could not interpret a command.
 */
public record MeasurementRecord(long seq, PcrCommand command, int pcr, Optional<byte[]> sha256, Optional<String> reason) {
	public static final int NO_PCR = -1;
	private static final int DIGEST_BYTES = 32;

	public MeasurementRecord {
		if (seq < 1)
			throw new IllegalArgumentException("record seq " + seq + " is not 1 or more");
		boolean needsPcr = command != PcrCommand.GAP;
		if (needsPcr && (pcr < 0 || pcr >= VmMeasurements.VPCR_COUNT))
			throw new IllegalArgumentException("record " + seq + ": PCR " + pcr + " is outside 0-23");
		boolean needsDigest = command == PcrCommand.EXTEND || command == PcrCommand.EVENT;
		if (needsDigest != sha256.isPresent())
			throw new IllegalArgumentException("record " + seq + ": " + command.token()
					+ (needsDigest ? " needs its sha256 digest" : " carries no digest"));
		if (sha256.isPresent() && sha256.get().length != DIGEST_BYTES)
			throw new IllegalArgumentException("record " + seq + ": sha256 digest has " + sha256.get().length
					+ " bytes, not 32");
		if ((command == PcrCommand.GAP) != reason.isPresent())
			throw new IllegalArgumentException("record " + seq + ": only a gap carries a reason, and it must");
		sha256 = sha256.map(byte[]::clone);
	}

	public static MeasurementRecord extend(long seq, int pcr, byte[] sha256) {
		return new MeasurementRecord(seq, PcrCommand.EXTEND, pcr, Optional.of(sha256), Optional.empty());
	}

	public static MeasurementRecord event(long seq, int pcr, byte[] sha256) {
		return new MeasurementRecord(seq, PcrCommand.EVENT, pcr, Optional.of(sha256), Optional.empty());
	}

	public static MeasurementRecord reset(long seq, int pcr) {
		return new MeasurementRecord(seq, PcrCommand.RESET, pcr, Optional.empty(), Optional.empty());
	}

	public static MeasurementRecord gap(long seq, String reason) {
		return new MeasurementRecord(seq, PcrCommand.GAP, NO_PCR, Optional.empty(), Optional.of(reason));
	}

	@Override
	public Optional<byte[]> sha256() {
		return sha256.map(byte[]::clone);
	}
}
