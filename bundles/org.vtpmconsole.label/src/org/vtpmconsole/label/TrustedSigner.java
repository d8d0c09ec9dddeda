package org.vtpmconsole.label;

import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;

/**
 * A key a verifier accepts label signatures from: its public key, its TPM name (what a label's signerName
 * holds) and the role it plays, which decides the label status it may sign (RSA_local: LOCAL, RSA_mig:
 * MIGRATING).
 */
public record TrustedSigner(RSAPublicKey publicKey, byte[] name, Role role, String description) {

	public enum Role {
		RSA_LOCAL(LabelStatus.LOCAL), RSA_MIG(LabelStatus.MIGRATING);

		private final LabelStatus signs;

		Role(LabelStatus signs) {
			this.signs = signs;
		}

		public LabelStatus signs() {
			return signs;
		}
	}

	public TrustedSigner {
		name = name.clone();
	}

	@Override
	public byte[] name() {
		return name.clone();
	}

	public String nameHex() {
		return HexFormat.of().formatHex(name);
	}
}
