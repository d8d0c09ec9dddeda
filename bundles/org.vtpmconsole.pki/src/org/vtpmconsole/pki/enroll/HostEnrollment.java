package org.vtpmconsole.pki.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.vtpmconsole.pki.AtomicFiles;
import org.vtpmconsole.pki.FleetOids;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.TpmKeyCertificates;
import org.vtpmconsole.tpm.KeyCertification;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmCommandException;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;
import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

/**
 * The host side of enrollment (SPEC §7), on a provisioned host TPM: builds the evidence for a CA nonce, answers
 * the CA's activation challenge with ActivateCredential and the proof, and checks the certificate the CA then
 * issues. The transport between the two is the
 * caller's (vtpmctl enroll, the agent).
 */
public final class HostEnrollment {

	private final TssHostTpm tpm;

	public HostEnrollment(TssHostTpm tpm) {
		this.tpm = tpm;
	}

	/** The TPM key that a certificate of this role certifies. */
	public static KeyRole keyOf(Role role) {
		return switch (role) {
		case RSA_MIG -> KeyRole.RSA_MIG;
		case AIK -> KeyRole.AIK;
		case VMEK -> KeyRole.VMEK;
		default -> throw new IllegalArgumentException(role.token() + " is not a host TPM key; enroll rsa-mig, aik or vmek");
		};
	}

	/**
	 * Reads the key's public area and the EK, and proves possession for this nonce: a CSR signed in the TPM
	 * (RSA_mig, VMEK), or TPM2_Certify of the AIK by itself (a restricted key signs no external data).
	 */
	public EnrollmentEvidence evidence(String host, Role role, byte[] nonce) throws PkiException, TpmException {
		KeyRole key = keyOf(role);
		TpmPublicArea publicArea = tpm.publicArea(key);
		byte[] csr = null;
		KeyCertification certification = null;
		if (key == KeyRole.AIK) {
			certification = tpm.certify(KeyRole.AIK, KeyRole.AIK, nonce);
		} else {
			csr = signingRequest(host, key, publicArea, nonce);
		}
		byte[] ekCertificate = null;
		var ek = tpm.ekCertificate();
		if (ek.isPresent()) {
			try {
				ekCertificate = ek.get().getEncoded();
			} catch (CertificateEncodingException e) {
				throw new PkiException("the TPM's EK certificate cannot be encoded", e);
			}
		}
		return new EnrollmentEvidence(host, role, nonce.clone(), publicArea.encoded(), csr,
				certification == null ? null : certification.attest(),
				certification == null ? null : certification.signature(), tpm.publicArea(KeyRole.EK).encoded(),
				ekCertificate);
	}

	/**
	 * Recovers the CA's secret with ActivateCredential (only this TPM, and only with this key loaded, can) and returns
	 * the proof of activation for the challenge; the secret is wiped.
	 */
	public byte[] prove(Role role, ActivationChallenge challenge) throws PkiException, TpmException {
		KeyRole key = keyOf(role);
		byte[] secret;
		try {
			secret = tpm.activateCredential(key, new Credential(challenge.credentialBlob(), challenge.encryptedSecret()));
		} catch (TpmCommandException e) {
			throw new PkiException("the CA's credential does not activate on this TPM (" + e.getMessage()
					+ "): it was made for another TPM's EK or another key", e);
		}
		try {
			return ActivationProof.of(secret, challenge.requestId(), tpm.name(key));
		} finally {
			Arrays.fill(secret, (byte) 0);
		}
	}

	/** Checks that the certificate the CA issued after the proof is the fleet root's, for this TPM's key and role. */
	public X509Certificate accept(Role role, X509Certificate certificate, X509Certificate root)
			throws PkiException, TpmException {
		KeyRole key = keyOf(role);
		try {
			byte[] certifiedName = TpmKeyCertificates.verifyIssued(certificate, root, role, Instant.now());
			if (!MessageDigest.isEqual(certifiedName, tpm.name(key))
					|| !certificate.getPublicKey().equals(tpm.publicKey(key))) {
				throw new PkiException("the CA certified another key than this TPM's " + role.token());
			}
		} catch (CertificateException e) {
			throw new PkiException("the CA's certificate does not hold: " + e.getMessage(), e);
		}
		return certificate;
	}

	/** Stores the certificate as {@code DIRECTORY/ROLE.der} (e.g. rsa-mig.der), atomically; returns the file. */
	public static Path store(Path directory, Role role, X509Certificate certificate) throws PkiException {
		Path file = directory.resolve(role.token() + ".der");
		try {
			Files.createDirectories(directory);
			AtomicFiles.write(file, certificate.getEncoded());
			return file;
		} catch (IOException | CertificateEncodingException e) {
			throw new PkiException("cannot store the certificate in " + file + ": " + e.getMessage(), e);
		}
	}

	private byte[] signingRequest(String host, KeyRole key, TpmPublicArea publicArea, byte[] nonce)
			throws PkiException, TpmException {
		PKCS10CertificationRequestBuilder builder = new PKCS10CertificationRequestBuilder(
				new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, host).build(),
				SubjectPublicKeyInfo.getInstance(publicArea.rsaPublicKey().getEncoded()))
				.addAttribute(FleetOids.ENROLLMENT_NONCE, new DEROctetString(nonce));
		try {
			return builder.build(new TpmContentSigner(tpm, key)).getEncoded();
		} catch (RuntimeOperatorException e) {
			if (e.getCause() instanceof TpmException tpmFailure) {
				throw tpmFailure;
			}
			throw e;
		} catch (IOException e) {
			throw new PkiException("cannot encode the CSR", e);
		}
	}
}
