package org.vtpmconsole.ui.labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.ui.certs.CertificateTrust;

/**
 * Vouches for the RSA_mig keys of fleet hosts whose certificate the console itself verifies against the fleet root
 * and CRL. All hosts of the fleet are considered, because a MIGRATING label is signed by the source host's RSA_mig.
 */
public final class FleetCertifiedLabelTrust implements LabelTrust {

	private final CertificateTrust certificateTrust;
	private final Instant now;
	private final Map<EObject, Signers> byScope = new IdentityHashMap<>();

	public FleetCertifiedLabelTrust(CertificateTrust certificateTrust, Instant now) {
		this.certificateTrust = certificateTrust;
		this.now = now;
	}

	/**
	 * The same for every host of a fleet, so it is worked out once per fleet and instance (an instance serves one
	 * verification pass, at one {@code now}): a pass over 1,000 hosts would otherwise parse and chain-check every
	 * certificate of the fleet 1,000 times.
	 */
	@Override
	public synchronized Signers signersFor(Host host) {
		EObject scope = host.eContainer() instanceof Fleet fleet ? fleet : host;
		return byScope.computeIfAbsent(scope, ignored -> rsaMigSigners(hostsOf(host)));
	}

	private Signers rsaMigSigners(List<Host> hosts) {
		List<TrustedSigner> vouched = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		for (Host candidate : hosts) {
			for (CertifiedHostKeys.CertifiedKey rsaMig : CertifiedHostKeys.of(candidate, Role.RSA_MIG, certificateTrust,
					now, refusals)) {
				vouched.add(new TrustedSigner(rsaMig.key(), rsaMig.tpmName(), TrustedSigner.Role.RSA_MIG,
						"RSA_mig of " + candidate.getName() + " (fleet certificate " + rsaMig.serial() + ")"));
			}
		}
		return new Signers(vouched, refusals);
	}

	private static List<Host> hostsOf(Host host) {
		return host.eContainer() instanceof Fleet fleet ? fleet.getHosts() : List.of(host);
	}
}
