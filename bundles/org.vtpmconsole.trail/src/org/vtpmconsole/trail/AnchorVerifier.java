package org.vtpmconsole.trail;

import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.tpm.verify.Attestation;
import org.vtpmconsole.tpm.verify.NvCertificationVerifier;
import org.vtpmconsole.tpm.verify.SignatureVerifier;
import org.vtpmconsole.tpm.verify.VerificationException;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.HostKeyCertificates;

/**
 * Checks that the host's TPM certified a log's fold: the AIK certificate is a valid AIK certificate of this host under
 * the fleet root with a current CRL (not checked is not valid), the certification is signed by that AIK, carries the
 * verifier's nonce, is of the anchor index itself (its TPM name, so of type extend), and certifies exactly the fold.
 */
public final class AnchorVerifier {
	private AnchorVerifier() {
	}

	/**
	 * @param expectedNonce the nonce the verifier sent (for an evidence bundle verified later, the one it carries)
	 * @param fold the fold of the checked log, {@code lines} lines long
	 */
	public static void verify(AnchorEvidence evidence, byte[] expectedNonce, byte[] fold, long lines,
			CertificateTrust trust, Instant now) throws TrailRefusal {
		ChainVerification chain = HostKeyCertificates.verify(evidence.aikCertificate(), Role.AIK, evidence.host(), trust,
				now);
		if (!chain.isValid())
			throw new TrailRefusal(0, "certification not by this host's AIK: " + chain.summary());
		RSAPublicKey aik = (RSAPublicKey) evidence.aikCertificate().getPublicKey();
		byte[] attest = evidence.certification().attest();
		byte[] signature = evidence.certification().signature();
		if (!SignatureVerifier.verifyData(aik, attest, signature))
			throw new TrailRefusal(0, "certification not by this host's AIK: the signature does not verify with the key"
					+ " of AIK certificate " + evidence.aikCertificate().getSerialNumber().toString(16));
		Attestation attestation;
		try {
			attestation = Attestation.parse(attest);
			if (attestation.type() != Attestation.TPM_ST_ATTEST_NV)
				throw new TrailRefusal(0, "the certification is not an NV certification");
		} catch (VerificationException e) {
			throw new TrailRefusal(0, "the certification cannot be read: " + e.getMessage());
		}
		if (!MessageDigest.isEqual(attestation.extraData(), expectedNonce)
				|| !MessageDigest.isEqual(evidence.nonce(), expectedNonce))
			throw new TrailRefusal(0, "another nonce: the certification is not over the verifier's nonce");
		if (!MessageDigest.isEqual(attestation.nvIndexName(), TrailAnchor.indexName(evidence.nvIndex())))
			throw new TrailRefusal(0, String.format("the certification is not of the anchor, NV index 0x%08x of type"
					+ " extend (another index's name)", evidence.nvIndex()));
		if (!MessageDigest.isEqual(attestation.nvContents(), fold))
			throw new TrailRefusal(lines, "fold differs from the certified NV value: the log's " + lines
					+ " lines fold to " + Hex.of(fold) + ", the TPM certified " + Hex.of(attestation.nvContents())
					+ " (lines were edited, added or cut" + (lines == 0 ? "" : " after line " + lines)
					+ ", or the index was extended besides the log)");
		try {
			// the tpm bundle's own verifier, over everything checked above at once
			NvCertificationVerifier.verify(aik, attest, signature, expectedNonce, fold);
		} catch (VerificationException e) {
			throw new TrailRefusal(0, "the NV certification does not verify: " + e.getMessage());
		}
	}
}
