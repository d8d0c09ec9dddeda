package org.vtpmconsole.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Writes a TLS identity (private key, certificate, fleet root) as PKCS#12. Java 17's PKCS#12 protects keys and
 * certificates with PBES2 (PBKDF2-HMAC-SHA256, AES-256) and an HMAC-SHA256 integrity MAC.
 */
final class Pkcs12 {

	static final String ALIAS = "identity";

	private Pkcs12() {
	}

	static void write(Path file, PrivateKey key, X509Certificate certificate, X509Certificate root, char[] password)
			throws PkiException {
		if (password.length == 0) {
			throw new PkiException("a PKCS#12 file needs a password");
		}
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, key, password, new X509Certificate[] { certificate, root });
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			store.store(bytes, password);
			AtomicFiles.write(file, bytes.toByteArray());
		} catch (GeneralSecurityException | IOException e) {
			throw new PkiException("cannot write PKCS#12 file " + file + ": " + e.getClass().getSimpleName(), e);
		}
	}
}
