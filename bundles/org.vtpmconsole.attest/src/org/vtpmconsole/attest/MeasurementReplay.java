package org.vtpmconsole.attest;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.verify.Check;

/**
 * Replays a VM's measurement log from the TPM2_Startup values (vPCR 17-22 all ones, the others zero) and compares
 * the result with the vPCRs the evidence reports. A log with a gap cannot be replayed: the check says so ("not
 * checked") instead of guessing; a missing or reordered record, or a replay that ends elsewhere, fails.
 */
public final class MeasurementReplay {
	public static final String CHECK = "log replay";
	private static final int FIRST_LOCALITY_PCR = 17;
	private static final int LAST_LOCALITY_PCR = 22;

	private MeasurementReplay() {
	}

	/** The vPCR values right after TPM2_Startup(CLEAR). */
	public static byte[][] startupValues() {
		byte[][] pcrs = new byte[VmMeasurements.VPCR_COUNT][VmMeasurements.DIGEST_BYTES];
		for (int pcr = FIRST_LOCALITY_PCR; pcr <= LAST_LOCALITY_PCR; pcr++)
			Arrays.fill(pcrs[pcr], (byte) 0xff);
		return pcrs;
	}

	public static Check check(VmMeasurements vm) {
		byte[][] pcrs = startupValues();
		long expectedSeq = 1;
		for (MeasurementRecord record : vm.log()) {
			if (record.seq() != expectedSeq)
				return Check.failed(CHECK, "record seq " + record.seq() + " where seq " + expectedSeq
						+ " belongs: a record is missing or out of order");
			expectedSeq++;
			switch (record.command()) {
			case EXTEND, EVENT -> pcrs[record.pcr()] = TpmHash.SHA256.extend(pcrs[record.pcr()], record.sha256().orElseThrow());
			case RESET -> pcrs[record.pcr()] = new byte[VmMeasurements.DIGEST_BYTES];
			case GAP -> {
				return Check.notChecked(CHECK, "the log cannot be replayed past record " + record.seq() + ": "
						+ record.reason().orElseThrow());
			}
			}
		}
		List<Integer> differing = differing(pcrs, vm);
		if (!differing.isEmpty())
			return Check.failed(CHECK, "the log of " + vm.log().size() + " records does not replay to the reported vPCR"
					+ (differing.size() == 1 ? " " : "s ") + differing);
		return Check.passed(CHECK, vm.log().size() + " records replay to all 24 reported vPCRs");
	}

	private static List<Integer> differing(byte[][] replayed, VmMeasurements vm) {
		List<Integer> differing = new ArrayList<>();
		IntStream.range(0, VmMeasurements.VPCR_COUNT).filter(pcr -> !MessageDigest.isEqual(replayed[pcr], vm.pcr(pcr)))
				.forEach(differing::add);
		return differing;
	}
}
