package org.vtpmconsole.attest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.vtpmconsole.trail.Bank;
import org.vtpmconsole.trail.Registers;
import org.vtpmconsole.trail.TrailRefusal;
import org.vtpmconsole.trail.VmTrailReplay;
import org.vtpmconsole.verify.Check;

/**
 * Replays the VM's own trail lines with org.vtpmconsole.trail ({@link VmTrailReplay}: format, VM, order, extends,
 * each line's recorded registers) and compares the SHA-256 bank after the last line with the registers the quote
 * covers. What it cannot see is the rest of the agent's log: the chain and the NV anchor are the trail evidence
 * bundle's (docs/attestation.md).
 */
public final class TrailLogReplay implements TrailReplay {
	private static final HexFormat HEX = HexFormat.of();

	@Override
	public Check replay(UUID vm, List<String> lines, List<byte[]> registers) {
		Registers replayed;
		try {
			replayed = VmTrailReplay.replay(vm,
					lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList());
		} catch (TrailRefusal refusal) {
			return Check.failed(CHECK, "trail line refused: " + refusal.getMessage());
		}
		for (int r = Registers.FIRST; r <= Registers.LAST; r++) {
			byte[] expected = replayed.value(Bank.SHA256, r);
			byte[] reported = registers.get(r - Registers.FIRST);
			if (!MessageDigest.isEqual(expected, reported))
				return Check.failed(CHECK, "sha256 register " + r + " is reported as " + HEX.formatHex(reported)
						+ ", the VM's " + lines.size() + " trail lines replay to " + HEX.formatHex(expected));
		}
		return Check.passed(CHECK, lines.size() + " trail lines replay to the reported registers 24-31 (sha256)");
	}
}
