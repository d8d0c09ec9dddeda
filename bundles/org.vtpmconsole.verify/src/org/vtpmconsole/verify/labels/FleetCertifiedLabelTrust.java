package org.vtpmconsole.verify.labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * Vouches for the RSA_mig keys of fleet hosts whose certificate the console itself verifies against the fleet root
 * and CRL, each for the host its certificate names. All hosts of the fleet are considered, because a MIGRATING label
 * is signed by the source host's RSA_mig.
 */
public final class FleetCertifiedLabelTrust implements LabelTrust {

	private final CertificateTrust certificateTrust;
	private final List<HostEvidence> fleet;
	private final Instant now;
	private Signers signers;

	/** For one verification pass at {@code now} over {@code fleet}, a snapshot of every host's evidence. */
	public FleetCertifiedLabelTrust(CertificateTrust certificateTrust, List<HostEvidence> fleet, Instant now) {
		this.certificateTrust = certificateTrust;
		this.fleet = List.copyOf(fleet);
		this.now = now;
	}

	/**
	 * The same for every host, so it is worked out once per instance: a pass over 1,000 hosts would otherwise parse
	 * and chain-check every certificate of the fleet 1,000 times.
	 */
	@Override
	public synchronized Signers signersFor(HostEvidence host) {
		if (signers == null) {
			signers = rsaMigSigners();
		}
		return signers;
	}

	private Signers rsaMigSigners() {
		List<TrustedSigner> vouched = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		for (HostEvidence candidate : fleet) {
			for (CertifiedHostKeys.CertifiedKey rsaMig : CertifiedHostKeys.of(candidate, Role.RSA_MIG, certificateTrust,
					now, refusals)) {
				vouched.add(new TrustedSigner(rsaMig.key(), rsaMig.tpmName(), TrustedSigner.Role.RSA_MIG,
						"RSA_mig of " + candidate.name() + " (fleet certificate " + rsaMig.serial() + ")"));
			}
		}
		return new Signers(vouched, refusals);
	}
}
