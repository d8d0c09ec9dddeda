package org.vtpmconsole.pki;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;

/** Shared fixtures: a passphrase, TPM names, keys. */
public final class TestCa {

	/** A test passphrase; a real one comes from {@link Passphrases}. */
	public static char[] passphrase() {
		return "correct horse battery staple".toCharArray();
	}

	public static FleetCa create(Path directory) throws PkiException {
		return FleetCa.init(directory, passphrase(), CaOptions.defaults());
	}

	public static FleetCa reopen(Path directory) throws PkiException {
		return FleetCa.open(directory, passphrase());
	}

	/** A TPM name with nameAlg SHA-256 and a random digest. */
	public static byte[] tpmName() {
		byte[] name = new byte[34];
		new SecureRandom().nextBytes(name);
		name[0] = 0x00;
		name[1] = 0x0B;
		return name;
	}

	public static KeyPair rsa2048() throws PkiException {
		return Keys.rsa(Keys.IDENTITY_BITS);
	}

	private TestCa() {
	}
}
