package org.vtpmconsole.pki.enroll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.CredentialMaker;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * Seals an issued certificate to one TPM key (CA side) and opens it with the key K' ActivateCredential recovered
 * (host side). The GCM associated data is the key's TPM name, so a sealed certificate cannot be passed off as
 * another key's.
 */
public final class CertificateSeal {

	/** AES-256: K' fits MakeCredential's secret, at most the EK nameAlg's digest (32 bytes for SHA-256). */
	static final int KEY_BYTES = 32;
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final byte[] CONTEXT = "vtpm-console enrollment v1\0".getBytes(StandardCharsets.US_ASCII);

	private CertificateSeal() {
	}

	static SealedCertificate seal(X509Certificate certificate, byte[] ekPublic, byte[] keyName, SecureRandom random)
			throws PkiException {
		byte[] key = new byte[KEY_BYTES];
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(key);
		random.nextBytes(iv);
		try {
			Credential credential = new CredentialMaker(random).make(ekPublic, keyName, key);
			byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, key, iv, keyName).doFinal(certificate.getEncoded());
			return new SealedCertificate(credential.credentialBlob(), credential.encryptedSecret(), iv, ciphertext);
		} catch (VerificationException e) {
			throw new PkiException("cannot make a credential for this EK: " + e.getMessage(), e);
		} catch (GeneralSecurityException e) {
			throw new PkiException("cannot seal the certificate: " + e.getClass().getSimpleName(), e);
		} finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	/** Decrypts and parses the certificate with K'; PkiException if K' or the key name is not the one sealed to. */
	public static X509Certificate open(SealedCertificate sealed, byte[] key, byte[] keyName) throws PkiException {
		try {
			byte[] der = cipher(Cipher.DECRYPT_MODE, key, sealed.iv(), keyName).doFinal(sealed.ciphertext());
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(der));
		} catch (AEADBadTagException e) {
			throw new PkiException("the sealed certificate does not open with the recovered key (altered, or sealed to"
					+ " another key)", e);
		} catch (CertificateException e) {
			throw new PkiException("the sealed certificate is not an X.509 certificate", e);
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new PkiException("cannot open the sealed certificate: " + e.getClass().getSimpleName(), e);
		}
	}

	private static Cipher cipher(int mode, byte[] key, byte[] iv, byte[] keyName) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(CONTEXT);
		cipher.updateAAD(keyName);
		return cipher;
	}
}
