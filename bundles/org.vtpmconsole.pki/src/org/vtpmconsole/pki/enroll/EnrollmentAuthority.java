package org.vtpmconsole.pki.enroll;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.vtpmconsole.pki.CertificateRequest;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.FleetOids;
import org.vtpmconsole.pki.HostNames;
import org.vtpmconsole.pki.IssuedCertificate;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.SigningRequests;
import org.vtpmconsole.tpm.verify.CertificationVerifier;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * The CA side of enrollment by credential activation (SPEC §7). For one request it checks, in this order, and
 * refuses with its own reason at the first failure:
 * <ol>
 * <li>the nonce: issued here, unexpired, unused (it is used up by this request whatever the outcome);</li>
 * <li>the key's TPMT_PUBLIC: non-migratable, and the attributes of the role;</li>
 * <li>proof of possession, bound to the nonce: a CSR signed by the key and carrying the nonce (RSA_mig, VMEK), or
 * the AIK's TPM2_Certify of itself with the nonce as qualifyingData (a restricted key signs no CSR);</li>
 * <li>the EK ({@link EndorsementPolicy}).</li>
 * </ol>
 * Then it issues the certificate (role and TPM name = nameAlg ‖ H(TPMT_PUBLIC)) and seals it to (EK, key name), so a
 * request that lied about EK or key gets a certificate it cannot open.
 */
public final class EnrollmentAuthority {

	/** An issued certificate and its sealed form for the host. */
	public record Enrollment(IssuedCertificate issued, SealedCertificate sealed) {
	}

	private final FleetCa ca;
	private final NonceRegistry nonces;
	private final EndorsementPolicy endorsements;
	private final SecureRandom random = new SecureRandom();

	public EnrollmentAuthority(FleetCa ca, NonceRegistry nonces, EndorsementPolicy endorsements) {
		this.ca = ca;
		this.nonces = nonces;
		this.endorsements = endorsements;
	}

	public NonceRegistry.Nonce issueNonce() throws PkiException {
		return nonces.issue();
	}

	public Enrollment enroll(EnrollmentEvidence evidence) throws PkiException {
		nonces.consume(evidence.nonce());
		if (!HostNames.isDnsName(evidence.host()) && !HostNames.isIpLiteral(evidence.host())) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED,
					"'" + evidence.host() + "' is neither a host name nor an IP address");
		}
		TpmPublicArea key = parse(evidence.publicArea(), "the key's public area");
		TpmKeyProfile.check(evidence.role(), key);
		byte[] name = key.name();
		if (evidence.role() == Role.AIK) {
			checkCertification(evidence, key, name);
		} else {
			checkSigningRequest(evidence, key);
		}
		TpmPublicArea ek = parse(evidence.ekPublic(), "the EK public area");
		endorsements.accept(evidence.host(), ek, evidence.ekCertificate());
		IssuedCertificate issued = ca.issue(
				CertificateRequest.builder(evidence.host(), evidence.role(), key.rsaPublicKey()).tpmName(name).build());
		return new Enrollment(issued, CertificateSeal.seal(issued.certificate(), evidence.ekPublic(), name, random));
	}

	private static void checkSigningRequest(EnrollmentEvidence evidence, TpmPublicArea key) throws PkiException {
		if (evidence.csr() == null) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED,
					"a " + evidence.role().token() + " enrollment needs a CSR signed by the key");
		}
		PKCS10CertificationRequest csr;
		PublicKey csrKey;
		try {
			csr = SigningRequests.parse(evidence.csr());
		} catch (PkiException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED, e.getMessage(), e);
		}
		try {
			csrKey = SigningRequests.verify(csr);
		} catch (PkiException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.PROOF_OF_POSSESSION,
					"the CSR is not signed by the key it certifies: " + e.getMessage(), e);
		}
		if (!csrKey.equals(key.rsaPublicKey())) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.KEY_MISMATCH,
					"the CSR's key is not the key of the public area sent with it");
		}
		Optional<byte[]> nonce = csrNonce(csr);
		if (nonce.isEmpty() || !MessageDigest.isEqual(nonce.get(), evidence.nonce())) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.NONCE,
					"the CSR does not carry the nonce of this request, so its signature may be replayed");
		}
		Optional<String> commonName = SigningRequests.commonName(csr);
		if (commonName.isPresent() && !HostNames.same(commonName.get(), evidence.host())) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED,
					"the CSR names " + commonName.get() + ", but the request is for " + evidence.host());
		}
	}

	private static void checkCertification(EnrollmentEvidence evidence, TpmPublicArea key, byte[] name)
			throws EnrollmentRefusedException {
		if (evidence.certifyAttest() == null || evidence.certifySignature() == null) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED,
					"an aik enrollment needs the AIK's certification of itself over the nonce");
		}
		try {
			CertificationVerifier.verify(key.rsaPublicKey(), evidence.certifyAttest(), evidence.certifySignature(),
					evidence.nonce(), name);
		} catch (VerificationException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.PROOF_OF_POSSESSION,
					"the AIK's certification does not hold: " + e.getMessage(), e);
		}
	}

	private static Optional<byte[]> csrNonce(PKCS10CertificationRequest csr) {
		Attribute[] attributes = csr.getAttributes(FleetOids.ENROLLMENT_NONCE);
		if (attributes.length != 1 || attributes[0].getAttrValues().size() != 1) {
			return Optional.empty();
		}
		try {
			return Optional.of(ASN1OctetString.getInstance(attributes[0].getAttrValues().getObjectAt(0)).getOctets());
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static TpmPublicArea parse(byte[] publicArea, String what) throws EnrollmentRefusedException {
		try {
			return TpmPublicArea.parse(publicArea);
		} catch (VerificationException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED, what + " is no RSA TPMT_PUBLIC: "
					+ e.getMessage(), e);
		}
	}
}
