package org.vtpmconsole.pki.enroll;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
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
import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.CredentialMaker;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * The CA side of enrollment by credential activation (SPEC §7), in two steps. {@link #challenge} checks the evidence,
 * in this order, refusing with its own reason at the first failure:
 * <ol>
 * <li>the nonce: issued here, unexpired, unused (it is used up by this request whatever the outcome);</li>
 * <li>the host: one canonical spelling ({@link HostNames#canonical});</li>
 * <li>the key's TPMT_PUBLIC: non-migratable, and the attributes of the role;</li>
 * <li>proof of possession, bound to the nonce: a CSR signed by the key and carrying the nonce (RSA_mig, VMEK), or
 * the AIK's TPM2_Certify of itself with the nonce as qualifyingData (a restricted key signs no CSR);</li>
 * <li>the EK ({@link EndorsementPolicy}), without pinning it yet.</li>
 * </ol>
 * and answers with a secret wrapped by MakeCredential to (EK, key name). {@link #activate} takes the host's proof
 * that its TPM recovered that secret ({@link ActivationProof}), and only then pins the EK and issues the certificate
 * (role, TPM name = nameAlg ‖ H(TPMT_PUBLIC)). A requester that lied about the EK or the key, or that skips the
 * second step, leaves nothing issued, logged or pinned.
 */
public final class EnrollmentAuthority {

	/** Evidence that passed the checks, and the secret its activation must prove. */
	private record Pending(String host, Role role, TpmPublicArea key, TpmPublicArea ek, byte[] ekCertificate,
			byte[] secret) {
	}

	private final FleetCa ca;
	private final NonceRegistry nonces;
	private final EndorsementPolicy endorsements;
	private final OneTimeHandles<Pending> pending;
	private final SecureRandom random = new SecureRandom();

	/** Pending activations live as long as a nonce: both are one exchange with a host. */
	public EnrollmentAuthority(FleetCa ca, Clock clock, Duration lifetime, EndorsementPolicy endorsements) {
		this.ca = ca;
		this.nonces = new NonceRegistry(clock, lifetime);
		this.endorsements = endorsements;
		this.pending = new OneTimeHandles<>(clock, lifetime, "pending activations");
	}

	public NonceRegistry.Nonce issueNonce() throws PkiException {
		return nonces.issue();
	}

	/** Step 1: checks the evidence and challenges the host to activate a credential; issues nothing. */
	public ActivationChallenge challenge(EnrollmentEvidence evidence) throws PkiException {
		nonces.consume(evidence.nonce());
		String host;
		try {
			host = HostNames.canonical(evidence.host());
		} catch (IllegalArgumentException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MALFORMED, e.getMessage(), e);
		}
		TpmPublicArea key = parse(evidence.publicArea(), "the key's public area");
		TpmKeyProfile.check(evidence.role(), key);
		byte[] name = key.name();
		if (evidence.role() == Role.AIK) {
			checkCertification(evidence, key, name);
		} else {
			checkSigningRequest(evidence, host, key);
		}
		TpmPublicArea ek = parse(evidence.ekPublic(), "the EK public area");
		endorsements.check(host, ek, evidence.ekCertificate());
		byte[] secret = new byte[ActivationProof.SECRET_BYTES];
		random.nextBytes(secret);
		Credential credential;
		try {
			credential = new CredentialMaker(random).make(evidence.ekPublic(), name, secret);
		} catch (VerificationException e) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.EK_MISMATCH,
					"cannot make a credential for this EK: " + e.getMessage(), e);
		}
		OneTimeHandles.Issued request = pending.issue(new Pending(host, evidence.role(), key, ek,
				evidence.ekCertificate(), secret));
		return new ActivationChallenge(request.handle(), credential.credentialBlob(), credential.encryptedSecret(),
				request.expiresAt());
	}

	/**
	 * Step 2: checks the proof of activation for a pending request (used up whatever the outcome), then pins the EK
	 * and issues, logs and stores the certificate.
	 */
	public IssuedCertificate activate(byte[] requestId, byte[] proof) throws PkiException {
		Pending request = pending.take(requestId, EnrollmentRefusal.CHALLENGE);
		try {
			if (!ActivationProof.holds(proof, request.secret(), requestId, request.key().name())) {
				throw new EnrollmentRefusedException(EnrollmentRefusal.ACTIVATION, "the proof of activation does not"
						+ " hold: the requester's TPM did not activate the credential made for " + request.host()
						+ "'s EK and this key, so nothing is issued");
			}
		} finally {
			Arrays.fill(request.secret(), (byte) 0);
		}
		endorsements.pin(request.host(), request.ek(), request.ekCertificate());
		return ca.issue(CertificateRequest.builder(request.host(), request.role(), request.key().rsaPublicKey())
				.tpmName(request.key().name()).build());
	}

	private static void checkSigningRequest(EnrollmentEvidence evidence, String host, TpmPublicArea key)
			throws PkiException {
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
		if (commonName.isPresent() && !sameHost(commonName.get(), host)) {
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

	private static boolean sameHost(String name, String canonicalHost) {
		try {
			return HostNames.canonical(name).equals(canonicalHost);
		} catch (IllegalArgumentException e) {
			return false;
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
