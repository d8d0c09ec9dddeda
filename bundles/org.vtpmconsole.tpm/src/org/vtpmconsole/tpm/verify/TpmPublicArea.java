package org.vtpmconsole.tpm.verify;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;

/**
 * A parsed RSA TPMT_PUBLIC (TPM 2.0 Part 2, 12.2.4): what a verifier needs to judge a key without a TPM, e.g. the
 * CA checking that a key offered as RSA_mig is fixedTPM|fixedParent before it certifies it.
 */
public final class TpmPublicArea {
	public static final int TPM_ALG_RSA = 0x0001;
	public static final int TPM_ALG_NULL = 0x0010;

	// TPMA_OBJECT bits (Part 2, 8.3)
	public static final int FIXED_TPM = 1 << 1;
	public static final int FIXED_PARENT = 1 << 4;
	public static final int SENSITIVE_DATA_ORIGIN = 1 << 5;
	public static final int USER_WITH_AUTH = 1 << 6;
	public static final int ADMIN_WITH_POLICY = 1 << 7;
	public static final int NO_DA = 1 << 10;
	public static final int ENCRYPTED_DUPLICATION = 1 << 11;
	public static final int RESTRICTED = 1 << 16;
	public static final int DECRYPT = 1 << 17;
	public static final int SIGN = 1 << 18;

	private static final BigInteger DEFAULT_EXPONENT = BigInteger.valueOf(65537);

	private final byte[] encoded;
	private final TpmHash nameAlg;
	private final int attributes;
	private final byte[] authPolicy;
	private final int symmetricAlg;
	private final int symmetricKeyBits;
	private final int symmetricMode;
	private final int schemeAlg;
	private final int schemeHashAlg;
	private final int keyBits;
	private final RSAPublicKey publicKey;

	private TpmPublicArea(byte[] encoded, TpmReader in) throws VerificationException {
		this.encoded = encoded.clone();
		int type = in.u16("type");
		if (type != TPM_ALG_RSA)
			throw new VerificationException(String.format("TPMT_PUBLIC type 0x%04x is not RSA", type));
		nameAlg = hashOrFail(in.u16("nameAlg"), "nameAlg");
		attributes = in.u32("objectAttributes");
		authPolicy = in.sized("authPolicy");
		symmetricAlg = in.u16("symmetric.algorithm");
		symmetricKeyBits = symmetricAlg == TPM_ALG_NULL ? 0 : in.u16("symmetric.keyBits");
		symmetricMode = symmetricAlg == TPM_ALG_NULL ? TPM_ALG_NULL : in.u16("symmetric.mode");
		schemeAlg = in.u16("scheme.scheme");
		schemeHashAlg = schemeAlg == TPM_ALG_NULL ? TPM_ALG_NULL : in.u16("scheme.hashAlg");
		keyBits = in.u16("keyBits");
		long rawExponent = in.u32("exponent") & 0xffffffffL;
		BigInteger exponent = rawExponent == 0 ? DEFAULT_EXPONENT : BigInteger.valueOf(rawExponent);
		byte[] modulusBytes = in.sized("unique.rsa");
		BigInteger modulus = new BigInteger(1, modulusBytes);
		in.expectEnd();
		// A template (TPM2_Create's input, as KeyTemplates parses ours) has an empty or zero unique. Anything else
		// claims to be a key and must be one, so that a reader of another party's bytes gets a refusal here rather
		// than an unchecked exception from rsaPublicKey() (found by TpmPublicAreaFuzzTest: a 6-bit modulus).
		publicKey = modulus.signum() == 0 ? null : rsaKey(modulus, exponent);
	}

	/** Refuses a modulus and exponent that are not an RSA public key (too short, exponent out of range). */
	private static RSAPublicKey rsaKey(BigInteger modulus, BigInteger exponent) throws VerificationException {
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
		} catch (InvalidKeySpecException e) {
			String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
			throw new VerificationException("TPMT_PUBLIC unique.rsa (a " + modulus.bitLength() + "-bit modulus) and exponent "
					+ exponent + " are not an RSA public key: " + reason);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("RSA is part of every Java runtime", e);
		}
	}

	/** Parses a marshalled TPMT_PUBLIC (without the TPM2B_PUBLIC size prefix). */
	public static TpmPublicArea parse(byte[] tpmtPublic) throws VerificationException {
		return new TpmPublicArea(tpmtPublic, new TpmReader(tpmtPublic, "TPMT_PUBLIC"));
	}

	private static TpmHash hashOrFail(int algId, String field) throws VerificationException {
		try {
			return TpmHash.fromAlgId(algId);
		} catch (IllegalArgumentException e) {
			throw new VerificationException(field + ": " + e.getMessage());
		}
	}

	/** The TPM name: nameAlg (2 bytes) ‖ H_nameAlg(TPMT_PUBLIC). */
	public byte[] name() {
		byte[] digest = nameAlg.digest(encoded);
		byte[] name = new byte[2 + digest.length];
		name[0] = (byte) (nameAlg.algId() >> 8);
		name[1] = (byte) nameAlg.algId();
		System.arraycopy(digest, 0, name, 2, digest.length);
		return name;
	}

	/** The public key; an exponent of 0 in the TPM structure means 65537. A template has none. */
	public RSAPublicKey rsaPublicKey() {
		if (publicKey == null)
			throw new IllegalStateException("this TPMT_PUBLIC is a template: unique.rsa holds no modulus");
		return publicKey;
	}

	/** Whether every bit of {@code mask} (TPMA_OBJECT) is set. */
	public boolean hasAttributes(int mask) {
		return (attributes & mask) == mask;
	}

	/** The key cannot leave this TPM: fixedTPM and fixedParent are both set. */
	public boolean isNonMigratable() {
		return hasAttributes(FIXED_TPM | FIXED_PARENT);
	}

	public byte[] encoded() {
		return encoded.clone();
	}

	public TpmHash nameAlg() {
		return nameAlg;
	}

	public int attributes() {
		return attributes;
	}

	public byte[] authPolicy() {
		return authPolicy.clone();
	}

	public int symmetricAlg() {
		return symmetricAlg;
	}

	public int symmetricKeyBits() {
		return symmetricKeyBits;
	}

	public int symmetricMode() {
		return symmetricMode;
	}

	public int schemeAlg() {
		return schemeAlg;
	}

	public int schemeHashAlg() {
		return schemeHashAlg;
	}

	public int keyBits() {
		return keyBits;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TpmPublicArea && Arrays.equals(encoded, ((TpmPublicArea) other).encoded);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(encoded);
	}
}
