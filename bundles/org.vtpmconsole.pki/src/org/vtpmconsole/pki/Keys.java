package org.vtpmconsole.pki;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Fresh RSA key pairs from the platform's default SecureRandom. */
final class Keys {

	/** Size of the root key: 128-bit security, and RSA verification stays cheap for the many verifiers. */
	static final int ROOT_BITS = 3072;

	/** Size of keys the CA generates for TLS endpoints and users, like the host TPM keys (SPEC §3). */
	static final int IDENTITY_BITS = 2048;

	private Keys() {
	}

	static KeyPair rsa(int bits) throws PkiException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits);
			return generator.generateKeyPair();
		} catch (NoSuchAlgorithmException e) {
			throw new PkiException("RSA is not available", e);
		}
	}
}
