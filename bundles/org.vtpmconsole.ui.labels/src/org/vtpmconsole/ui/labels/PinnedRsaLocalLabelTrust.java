package org.vtpmconsole.ui.labels;

import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.client.Connection;
import org.vtpmconsole.client.ConnectionRegistry;
import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * What the fleet CA vouches for, plus the RSA_local key the console pinned at first contact with the host's agent
 * (trust on first use: no CA certifies RSA_local, docs/console-connections.md). The pin was checked against the key's
 * TPM name when it was taken; certifying RSA_local with the host's AIK is the step that will replace it.
 */
final class PinnedRsaLocalLabelTrust implements LabelTrust {

	private final LabelTrust certified;
	private final ConnectionRegistry registry;

	PinnedRsaLocalLabelTrust(LabelTrust certified, ConnectionRegistry registry) {
		this.certified = certified;
		this.registry = registry;
	}

	@Override
	public Signers signersFor(Host host) {
		Signers fromCa = certified.signersFor(host);
		List<TrustedSigner> vouched = new ArrayList<>(fromCa.vouched());
		List<String> refusals = new ArrayList<>(fromCa.refusals());
		for (Connection connection : registry.connections()) {
			if (!connection.isAgentOf(host) || connection.pinnedRsaLocal().isEmpty()) {
				continue;
			}
			try {
				TpmPublicArea key = TpmPublicArea.parse(connection.pinnedRsaLocal().get());
				vouched.add(new TrustedSigner(key.rsaPublicKey(), key.name(), TrustedSigner.Role.RSA_LOCAL,
						"RSA_local of " + host.getName() + " (pinned at first contact)"));
			} catch (VerificationException e) {
				refusals.add("the RSA_local pinned for " + host.getName() + ": " + e.getMessage());
			}
		}
		return new Signers(vouched, refusals);
	}
}
