package org.vtpmconsole.tpm;

import java.security.interfaces.RSAPublicKey;

/**
 * RSA_local or RSA_mig of a host provisioned before these keys had an authValue, still at its old handle: any process
 * that reaches the TPM can use it, so the agent moves every label off it and then evicts it (docs/tpm-keys.md).
 */
public record LegacyKey(KeyRole role, int handle, RSAPublicKey publicKey, byte[] name) {
	public LegacyKey {
		name = name.clone();
	}

	@Override
	public byte[] name() {
		return name.clone();
	}
}
