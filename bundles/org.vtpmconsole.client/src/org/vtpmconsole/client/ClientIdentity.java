package org.vtpmconsole.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.protocol.http.FleetClientContext;

/**
 * The user's fleet identity, opened: key and chain, its password (for the TLS key manager) and what the
 * certificate says about who they are. {@link #toString()} names the subject, never the password.
 */
public final class ClientIdentity {

	private final KeyStore keyStore;
	private final char[] password;
	private final X509Certificate certificate;
	private final X509Certificate root;

	private ClientIdentity(KeyStore keyStore, char[] password) throws PkiException {
		this.keyStore = keyStore;
		this.password = password.clone();
		this.root = FleetClientContext.rootOf(keyStore);
		this.certificate = leafOf(keyStore);
	}

	/** Opens PKCS#12 bytes as written by the fleet CA ({@code vtpmctl ca issue-user}). */
	public static ClientIdentity open(byte[] pkcs12, char[] password) throws ClientException {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
			return new ClientIdentity(store, password);
		} catch (IOException | GeneralSecurityException e) {
			// a wrong password surfaces as an IOException; its message holds no secret
			throw new ClientException("the identity does not open: " + e.getMessage(), e);
		} catch (PkiException e) {
			throw new ClientException(e.getMessage(), e);
		}
	}

	private static X509Certificate leafOf(KeyStore keyStore) throws PkiException {
		try {
			for (String alias : java.util.Collections.list(keyStore.aliases())) {
				if (keyStore.isKeyEntry(alias)) {
					return (X509Certificate) keyStore.getCertificateChain(alias)[0];
				}
			}
		} catch (java.security.KeyStoreException e) {
			throw new PkiException("cannot read the identity", e);
		}
		throw new PkiException("the identity holds no key");
	}

	public KeyStore keyStore() {
		return keyStore;
	}

	/** A copy; the caller wipes it when done. */
	public char[] password() {
		return password.clone();
	}

	public X509Certificate certificate() {
		return certificate;
	}

	public X509Certificate root() {
		return root;
	}

	/** Who the user is to the fleet: the certificate's subject, as the audit log records it. */
	public String subject() {
		return certificate.getSubjectX500Principal().getName();
	}

	public Role role() throws PkiException {
		try {
			return Roles.of(certificate);
		} catch (CertificateException e) {
			throw new PkiException(e.getMessage(), e);
		}
	}

	void wipe() {
		Arrays.fill(password, '\0');
	}

	@Override
	public String toString() {
		return "identity " + subject();
	}
}
