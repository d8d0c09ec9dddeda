package org.vtpmconsole.attest;

import java.util.List;
import java.util.Optional;

/**
 * One VM's part of the answer: its measurements, the H_i the host computed, and in per-vm mode the quote over
 * H_i, in merkle mode the audit path of its leaf (its index is its place in the answer).
 */
public record VmEvidence(VmMeasurements measurements, byte[] h, Optional<SignedQuote> quote, List<byte[]> auditPath) {
	public VmEvidence {
		h = h.clone();
		auditPath = auditPath.stream().map(byte[]::clone).toList();
	}

	@Override
	public byte[] h() {
		return h.clone();
	}

	@Override
	public List<byte[]> auditPath() {
		return auditPath.stream().map(byte[]::clone).toList();
	}
}
