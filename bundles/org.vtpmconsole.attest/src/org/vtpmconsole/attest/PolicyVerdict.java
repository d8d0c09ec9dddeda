package org.vtpmconsole.attest;

import java.util.List;
import java.util.UUID;

/**
 * A reference policy's verdict on one VM: trusted (its evidence verified and every reference vPCR matches),
 * untrusted (a check refused the evidence, or vPCRs differ: {@code differingPcrs} names them), or unknown (something
 * could not be checked, or the policy has no reference for this VM), with the reason in words.
 */
public record PolicyVerdict(UUID uuid, Verdict verdict, List<Integer> differingPcrs, String reason) {
	public enum Verdict {
		TRUSTED, UNTRUSTED, UNKNOWN
	}

	public PolicyVerdict {
		differingPcrs = List.copyOf(differingPcrs);
	}
}
