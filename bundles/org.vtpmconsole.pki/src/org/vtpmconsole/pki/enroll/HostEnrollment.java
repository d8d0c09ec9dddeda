package org.vtpmconsole.pki.enroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;

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
 * The host side of enrollment (SPEC §7), on a provisioned host TPM: builds the evidence for a CA nonce, and
 * recovers the certificate the CA sealed to this TPM with ActivateCredential. The transport between the two is the
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
	 * Recovers K' with ActivateCredential (only this TPM, and only for this key, can), opens the certificate and
	 * checks that the fleet root issued it for this key's TPM name, role and public key.
	 */
	public X509Certificate recover(Role role, SealedCertificate sealed, X509Certificate root)
			throws PkiException, TpmException {
		KeyRole key = keyOf(role);
		byte[] name = tpm.name(key);
		byte[] secret;
		try {
			secret = tpm.activateCredential(key, new Credential(sealed.credentialBlob(), sealed.encryptedSecret()));
		} catch (TpmCommandException e) {
			throw new PkiException("the CA's credential does not activate on this TPM (" + e.getMessage()
					+ "): it was made for another TPM's EK or another key", e);
		}
		X509Certificate certificate;
		try {
			certificate = CertificateSeal.open(sealed, secret, name);
		} finally {
			java.util.Arrays.fill(secret, (byte) 0);
		}
		try {
			byte[] certifiedName = TpmKeyCertificates.verifyIssued(certificate, root, role, Instant.now());
			if (!MessageDigest.isEqual(certifiedName, name) || !certificate.getPublicKey().equals(tpm.publicKey(key))) {
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
