package org.vtpmconsole.verify.labels;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.label.TrustedSigner;

/**
 * Which keys the console accepts label signatures from, for the labels of one host. The default
 * ({@link AikCertifiedLabelTrust}, built by {@link LabelReview#trust}) accepts the RSA_mig keys the fleet CA certified
 * ({@link FleetCertifiedLabelTrust}) and the host's RSA_local as its CA-certified AIK certified it. Another policy can
 * be put into the console's application context under this interface.
 */
public interface LabelTrust {

	/** The vouched-for signers and, for each key that was considered and refused, why (shown to the user). */
	record Signers(List<TrustedSigner> vouched, List<String> refusals) {
		public Signers {
			vouched = List.copyOf(vouched);
			refusals = List.copyOf(refusals);
		}
	}

	Signers signersFor(HostEvidence host);

	/**
	 * Asks {@code trust} once per host: verifying a whole fleet's labels asks for the same host's signers fifty
	 * times, and each answer verifies certificate chains. For one pass at one time, on one thread, over one snapshot
	 * of evidence (hosts are told apart by identity).
	 */
	static LabelTrust memoized(LabelTrust trust) {
		Map<HostEvidence, Signers> known = new IdentityHashMap<>();
		return host -> known.computeIfAbsent(host, trust::signersFor);
	}
}
