package org.vtpmconsole.ui.labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Host;

/**
 * Which keys the console accepts label signatures from, for the labels of one host. The default
 * ({@link AikCertifiedLabelTrust}, built by {@link LabelReview#trust}) accepts the RSA_mig keys the fleet CA certified
 * ({@link FleetCertifiedLabelTrust}) and the host's RSA_local as its CA-certified AIK certified it. Another policy can
 * be put into the application context under this interface.
 */
public interface LabelTrust {

	/** The vouched-for signers and, for each key that was considered and refused, why (shown to the user). */
	record Signers(List<TrustedSigner> vouched, List<String> refusals) {
		public Signers {
			vouched = List.copyOf(vouched);
			refusals = List.copyOf(refusals);
		}
	}

	Signers signersFor(Host host);

	/**
	 * Asks {@code trust} once per host: verifying a whole fleet's labels asks for the same host's signers fifty
	 * times, and each answer verifies certificate chains. For one pass at one time, on one thread.
	 */
	static LabelTrust memoized(LabelTrust trust) {
		Map<Host, Signers> known = new HashMap<>();
		return host -> known.computeIfAbsent(host, trust::signersFor);
	}
}
