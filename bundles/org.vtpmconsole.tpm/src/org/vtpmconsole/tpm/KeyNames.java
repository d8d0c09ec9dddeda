package org.vtpmconsole.tpm;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

import tss.tpm.TPM2B_PUBLIC_KEY_RSA;
import tss.tpm.TPMT_PUBLIC;

/**
 * TPM names computed without a TPM: a key made from our template for a role has a public area fixed by its modulus,
 * so a peer's RSA_mig name follows from the public key in its CA certificate.
 */
public final class KeyNames {
	private static final BigInteger TPM_DEFAULT_EXPONENT = BigInteger.valueOf(65537);

	private KeyNames() {
	}

	/** The TPMT_PUBLIC a key of {@code role} with this public key has in any TPM provisioned by this bundle. */
	public static byte[] expectedPublicArea(KeyRole role, RSAPublicKey key) {
		if (!key.getPublicExponent().equals(TPM_DEFAULT_EXPONENT))
			throw new IllegalArgumentException("public exponent " + key.getPublicExponent()
					+ " is not 65537, so this is no key of our templates");
		byte[] modulus = unsigned(key.getModulus(), TssHostTpm.RSA_BYTES);
		TPMT_PUBLIC area = KeyTemplates.template(role);
		area.unique = new TPM2B_PUBLIC_KEY_RSA(modulus);
		return area.toBytes();
	}

	/** nameAlg ‖ SHA-256(TPMT_PUBLIC) of {@link #expectedPublicArea}. */
	public static byte[] expectedName(KeyRole role, RSAPublicKey key) {
		try {
			return TpmPublicArea.parse(expectedPublicArea(role, key)).name();
		} catch (VerificationException e) {
			throw new IllegalStateException("our own template does not parse", e);
		}
	}

	private static byte[] unsigned(BigInteger value, int length) {
		byte[] bytes = value.toByteArray();
		if (bytes.length == length + 1 && bytes[0] == 0)
			return Arrays.copyOfRange(bytes, 1, bytes.length);
		if (bytes.length != length)
			throw new IllegalArgumentException("modulus has " + value.bitLength() + " bits, expected " + length * 8);
		return bytes;
	}
}
