package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;

import org.vtpmconsole.verify.Check;

/**
 * The replay of a VM's §8.1 trail lines to its registers 24-31; {@link TrailLogReplay} is org.vtpmconsole.trail's. A
 * VM without trail lines needs no replay: {@link EvidenceVerifier} checks that its registers are still all zero.
 */
@FunctionalInterface
public interface TrailReplay {
	String CHECK = "trail replay";

	/**
	 * @param lines the VM's trail log lines, exact text without newlines
	 * @param registers the SHA-256 registers 24-31 the evidence reports
	 */
	Check replay(UUID vm, List<String> lines, List<byte[]> registers);
}
