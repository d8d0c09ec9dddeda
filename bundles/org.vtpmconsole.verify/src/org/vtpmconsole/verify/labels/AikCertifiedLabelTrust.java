package org.vtpmconsole.verify.labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.label.TrustedSigner;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.tpm.verify.CertificationVerifier;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;
import org.vtpmconsole.verify.CertificateTrust;

/**
 * What the fleet CA vouches for directly, plus the host's RSA_local, which no CA certifies (SPEC §3) but the host's
 * AIK does: the agent has its TPM certify RSA_local with the AIK over a nonce this console chose, and the console
 * accepts RSA_local only if that certification verifies with an AIK certificate that passes the console's own chain
 * check, names RSA_local's public area, and that public area is a non-migratable sign + decrypt key.
 */
public final class AikCertifiedLabelTrust implements LabelTrust {

	private static final int RSA_LOCAL_ATTRIBUTES = TpmPublicArea.FIXED_TPM | TpmPublicArea.FIXED_PARENT
			| TpmPublicArea.SIGN | TpmPublicArea.DECRYPT;

	private final LabelTrust certified;
	private final CertificateTrust certificateTrust;
	private final Instant now;

	/** For one verification pass at {@code now} over {@code fleet}, a snapshot of every host's evidence. */
	public AikCertifiedLabelTrust(CertificateTrust certificateTrust, List<HostEvidence> fleet, Instant now) {
		this.certified = new FleetCertifiedLabelTrust(certificateTrust, fleet, now);
		this.certificateTrust = certificateTrust;
		this.now = now;
	}

	@Override
	public Signers signersFor(HostEvidence host) {
		Signers fromCa = certified.signersFor(host);
		List<TrustedSigner> vouched = new ArrayList<>(fromCa.vouched());
		List<String> refusals = new ArrayList<>(fromCa.refusals());
		if (host.rsaLocalCertification().isEmpty()) {
			refusals.add("RSA_local of " + host.name() + ": its agent has not certified it with the AIK yet");
			return new Signers(vouched, refusals);
		}
		HostEvidence.RsaLocalCertification evidence = host.rsaLocalCertification().get();
		TpmPublicArea rsaLocal;
		try {
			rsaLocal = TpmPublicArea.parse(evidence.publicArea());
		} catch (VerificationException e) {
			refusals.add("RSA_local of " + host.name() + ": its public area does not parse: " + e.getMessage());
			return new Signers(vouched, refusals);
		}
		if (!rsaLocal.hasAttributes(RSA_LOCAL_ATTRIBUTES) || rsaLocal.hasAttributes(TpmPublicArea.RESTRICTED)) {
			refusals.add("RSA_local of " + host.name()
					+ ": not a non-migratable, unrestricted sign and decrypt key (fixedTPM, fixedParent, sign, decrypt)");
			return new Signers(vouched, refusals);
		}
		List<CertifiedHostKeys.CertifiedKey> aiks = CertifiedHostKeys.of(host, Role.AIK, certificateTrust, now,
				refusals);
		if (aiks.isEmpty()) {
			refusals.add("RSA_local of " + host.name() + ": no valid AIK certificate of this host vouches for it "
					+ (certificateTrust.fleetRoot().isEmpty()
							? "(the console knows no fleet root to check one with: connect to the fleet CA)"
							: "(enroll the AIK: vtpmctl enroll --role aik)"));
		}
		for (CertifiedHostKeys.CertifiedKey aik : aiks) {
			try {
				CertificationVerifier.verify(aik.key(), evidence.attest(), evidence.signature(),
						evidence.qualifyingData(), rsaLocal.name());
				vouched.add(new TrustedSigner(rsaLocal.rsaPublicKey(), rsaLocal.name(), TrustedSigner.Role.RSA_LOCAL,
						"RSA_local of " + host.name() + " (certified by its AIK, fleet certificate " + aik.serial()
								+ ")"));
				break;
			} catch (VerificationException e) {
				refusals.add("RSA_local of " + host.name() + " with AIK certificate " + aik.serial() + ": "
						+ e.getMessage());
			}
		}
		return new Signers(vouched, refusals);
	}
}
