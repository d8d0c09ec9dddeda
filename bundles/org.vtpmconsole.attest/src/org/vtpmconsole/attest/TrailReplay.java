package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;

import org.vtpmconsole.verify.Check;

/**
 * Hook for the replay of a VM's §8.1 trail lines to its registers 24-31. The trail bundle provides the
 * implementation once both are merged (HOOK: org.vtpmconsole.trail); until then {@link #NOT_AVAILABLE} says the lines
 * were not checked, so evidence with trail events is never called trusted. A VM without trail lines needs no
 * replay: {@link EvidenceVerifier} checks that its registers are still all zero.
 */
@FunctionalInterface
public interface TrailReplay {
	String CHECK = "trail replay";

	TrailReplay NOT_AVAILABLE = (vm, lines, registers) -> Check.notChecked(CHECK, lines.size()
			+ " trail lines were not replayed: this verifier has no trail log replay (org.vtpmconsole.trail)");

	/**
	 * @param lines the VM's trail log lines, exact text without newlines
	 * @param registers the SHA-256 registers 24-31 the evidence reports
	 */
	Check replay(UUID vm, List<String> lines, List<byte[]> registers);
}
