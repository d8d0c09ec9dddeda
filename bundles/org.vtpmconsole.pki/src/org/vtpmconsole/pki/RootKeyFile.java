package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * The root private key at rest: PKCS#8 EncryptedPrivateKeyInfo, PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC
 * (what {@code openssl pkcs8 -v2 aes-256-cbc -v2prf hmacWithSHA256} reads, for disaster recovery). The KDF
 * parameters are stored in the file, so a later stronger setting needs no format change.
 */
final class RootKeyFile {

	/** OWASP 2023 figure for PBKDF2-HMAC-SHA256; about half a second here, paid once per CA start. */
	static final int ITERATIONS = 600_000;

	private RootKeyFile() {
	}

	static byte[] encrypt(PrivateKey key, char[] passphrase) throws PkiException {
		try {
			var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
					.setPRF(PKCS8Generator.PRF_HMACSHA256).setIterationCount(ITERATIONS)
					.setProvider(BouncyCastle.PROVIDER).setPassword(passphrase).build();
			return new PKCS8EncryptedPrivateKeyInfoBuilder(PrivateKeyInfo.getInstance(key.getEncoded())).build(encryptor)
					.getEncoded();
		} catch (OperatorCreationException | IOException e) {
			throw new PkiException("cannot encrypt the root key: " + e.getClass().getSimpleName(), e);
		}
	}

	/**
	 * Decrypts the root key and checks that it is the private half of {@code publicKey}: a wrong passphrase
	 * sometimes yields valid padding and garbage, which this catches too.
	 */
	static PrivateKey decrypt(Path file, char[] passphrase, RSAPublicKey publicKey) throws PkiException {
		PKCS8EncryptedPrivateKeyInfo encrypted;
		try {
			encrypted = new PKCS8EncryptedPrivateKeyInfo(Files.readAllBytes(file));
		} catch (IOException | RuntimeException e) {
			throw new PkiException("cannot read the root key file " + file, e);
		}
		PrivateKey key;
		try {
			PrivateKeyInfo info = encrypted.decryptPrivateKeyInfo(
					new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(passphrase));
			key = new JcaPEMKeyConverter().getPrivateKey(info);
		} catch (PKCSException | IOException | RuntimeException e) {
			throw new WrongPassphraseException("wrong passphrase for the fleet CA root key in " + file);
		}
		if (!(key instanceof RSAPrivateCrtKey rsa) || !rsa.getModulus().equals(publicKey.getModulus())
				|| !rsa.getPublicExponent().equals(publicKey.getPublicExponent())) {
			throw new WrongPassphraseException("wrong passphrase for the fleet CA root key in " + file);
		}
		return key;
	}
}
