package org.vtpmconsole.label;

import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Wraps a state key to an RSA key the way the TPM unwraps it: RSA-OAEP, SHA-256, MGF1-SHA-256, empty label. */
final class StateKeyWrapping {

	private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1",
			MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

	private StateKeyWrapping() {
	}

	static byte[] wrap(StateKey key, RSAPublicKey recipient) throws LabelException {
		byte[] plain = key.bytes();
		try {
			Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
			cipher.init(Cipher.ENCRYPT_MODE, recipient, OAEP_SHA256);
			return cipher.doFinal(plain);
		} catch (GeneralSecurityException e) {
			throw new LabelException("cannot wrap the state key to the recipient key: " + e.getMessage(), e);
		} finally {
			Arrays.fill(plain, (byte) 0);
		}
	}
}
