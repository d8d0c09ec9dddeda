package org.vtpmconsole.pki;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One Bouncy Castle provider instance handed to the builders that need it, instead of installing it with
 * Security.addProvider: a global provider would change algorithm lookups for every bundle in the framework.
 */
final class BouncyCastle {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private BouncyCastle() {
	}
}
