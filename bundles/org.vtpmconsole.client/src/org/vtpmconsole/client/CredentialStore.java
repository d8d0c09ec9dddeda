package org.vtpmconsole.client;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The users' fleet identities in Equinox secure storage: the PKCS#12 bytes and their password, both encrypted by
 * the storage, under {@code /org.vtpmconsole/connections/<connection id>}. Keeping the bytes (not a path) means a
 * connection keeps working when the file it was imported from is moved or wiped, and nothing secret sits in the
 * workspace.
 */
public final class CredentialStore {

	static final String NODE = "/org.vtpmconsole/connections";
	private static final String PKCS12 = "pkcs12";
	private static final String PASSWORD = "password";

	private final ISecurePreferences root;

	/** @param root the secure storage: {@code SecurePreferencesFactory.getDefault()} in the console */
	public CredentialStore(ISecurePreferences root) {
		this.root = root;
	}

	/** Checks the identity opens with this password, then stores both for the connection. */
	public ClientIdentity store(String connectionId, byte[] pkcs12, char[] password) throws ClientException {
		ClientIdentity identity = ClientIdentity.open(pkcs12, password);
		ISecurePreferences node = node(connectionId);
		try {
			node.putByteArray(PKCS12, pkcs12, true);
			node.put(PASSWORD, new String(password), true);
			node.flush();
		} catch (StorageException | IOException e) {
			throw new ClientException("cannot write the identity to secure storage: " + e.getMessage(), e);
		}
		return identity;
	}

	public boolean has(String connectionId) {
		return root.nodeExists(path(connectionId)) && Arrays.asList(node(connectionId).keys()).contains(PKCS12);
	}

	public ClientIdentity load(String connectionId) throws ClientException {
		if (!has(connectionId)) {
			throw new ClientException("no identity stored for this connection; set one in its properties");
		}
		ISecurePreferences node = node(connectionId);
		char[] password = null;
		try {
			password = node.get(PASSWORD, "").toCharArray();
			return ClientIdentity.open(node.getByteArray(PKCS12, new byte[0]), password);
		} catch (StorageException e) {
			throw new ClientException("cannot read the identity from secure storage: " + e.getMessage(), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	public void remove(String connectionId) throws ClientException {
		if (root.nodeExists(path(connectionId))) {
			node(connectionId).removeNode();
			try {
				root.flush();
			} catch (IOException e) {
				throw new ClientException("cannot update secure storage: " + e.getMessage(), e);
			}
		}
	}

	private ISecurePreferences node(String connectionId) {
		return root.node(path(connectionId));
	}

	private static String path(String connectionId) {
		return NODE + "/" + connectionId;
	}
}
