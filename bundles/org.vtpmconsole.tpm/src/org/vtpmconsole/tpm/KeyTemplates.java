package org.vtpmconsole.tpm;

import static org.vtpmconsole.tpm.verify.TpmPublicArea.ADMIN_WITH_POLICY;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.DECRYPT;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.FIXED_PARENT;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.FIXED_TPM;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.NO_DA;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.RESTRICTED;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.SENSITIVE_DATA_ORIGIN;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.SIGN;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.USER_WITH_AUTH;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.vtpmconsole.tpm.verify.TpmPublicArea;

import tss.tpm.TPMA_OBJECT;
import tss.tpm.TPMS_NULL_ASYM_SCHEME;
import tss.tpm.TPMS_RSA_PARMS;
import tss.tpm.TPMS_SIG_SCHEME_RSASSA;
import tss.tpm.TPMT_PUBLIC;
import tss.tpm.TPMT_SYM_DEF_OBJECT;
import tss.tpm.TPMU_ASYM_SCHEME;
import tss.tpm.TPM2B_PUBLIC_KEY_RSA;
import tss.tpm.TPM_ALG_ID;

/** The RSA-2048 templates of SPEC §3 (all measured to work on libtpms, see docs/tpm-keys.md). */
final class KeyTemplates {
	private static final int RSA_BITS = 2048;
	private static final int NON_MIGRATABLE = FIXED_TPM | FIXED_PARENT | SENSITIVE_DATA_ORIGIN;

	/** PolicySecret(TPM_RH_ENDORSEMENT), the authPolicy of the TCG default EK template. */
	static final byte[] EK_POLICY = HexFormat.of()
			.parseHex("837197674484b3f81a90cc8d46a5d724fd52d76e06520b64f2a1da1b331469aa");

	private KeyTemplates() {
	}

	static int attributes(KeyRole role) {
		return switch (role) {
		case SRK -> NON_MIGRATABLE | USER_WITH_AUTH | NO_DA | RESTRICTED | DECRYPT;
		// one key for both jobs: only allowed unrestricted, with scheme NULL (the scheme comes with each command);
		// userWithAuth with a secret authValue: only the holder of the authValue can use it (password or HMAC);
		// noDA: a 256-bit random secret needs no lockout, and a lockout would let any intruder stop the agent
		case RSA_LOCAL, RSA_MIG -> NON_MIGRATABLE | USER_WITH_AUTH | NO_DA | SIGN | DECRYPT;
		case AIK -> NON_MIGRATABLE | USER_WITH_AUTH | RESTRICTED | SIGN;
		case VMEK -> NON_MIGRATABLE | USER_WITH_AUTH | SIGN;
		case EK -> NON_MIGRATABLE | ADMIN_WITH_POLICY | RESTRICTED | DECRYPT;
		};
	}

	/** The keys created with the agent's authValue (docs/tpm-keys.md, "Authorization"). */
	static boolean needsAuthorization(KeyRole role) {
		return role == KeyRole.RSA_LOCAL || role == KeyRole.RSA_MIG;
	}

	/**
	 * The template of hosts provisioned before RSA_local and RSA_mig had an authValue: empty authValue, no noDA. Kept
	 * to recognise those keys and move labels off them.
	 */
	static TPMT_PUBLIC legacyTemplate(KeyRole role) {
		if (!needsAuthorization(role))
			throw new IllegalArgumentException(role + " has no legacy template");
		TPMT_PUBLIC template = template(role);
		template.objectAttributes = new TPMA_OBJECT(attributes(role) & ~NO_DA);
		return template;
	}

	/** Storage parents (SRK, EK) protect children with AES-128-CFB; other keys have no symmetric part. */
	private static boolean isStorageKey(KeyRole role) {
		return role == KeyRole.SRK || role == KeyRole.EK;
	}

	private static boolean hasRsassaScheme(KeyRole role) {
		return role == KeyRole.AIK || role == KeyRole.VMEK;
	}

	static TPMT_PUBLIC template(KeyRole role) {
		TPMT_SYM_DEF_OBJECT symmetric = isStorageKey(role) ? new TPMT_SYM_DEF_OBJECT(TPM_ALG_ID.AES, 128, TPM_ALG_ID.CFB)
				: new TPMT_SYM_DEF_OBJECT(TPM_ALG_ID.NULL, 0, TPM_ALG_ID.NULL);
		TPMU_ASYM_SCHEME scheme = hasRsassaScheme(role) ? new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256)
				: new TPMS_NULL_ASYM_SCHEME();
		byte[] policy = role == KeyRole.EK ? EK_POLICY.clone() : new byte[0];
		// the TCG EK template fixes unique to 256 zero bytes, so every run derives the same EK from the seed
		byte[] unique = role == KeyRole.EK ? new byte[RSA_BITS / 8] : new byte[0];
		return new TPMT_PUBLIC(TPM_ALG_ID.SHA256, new TPMA_OBJECT(attributes(role)), policy,
				new TPMS_RSA_PARMS(symmetric, scheme, RSA_BITS, 0), new TPM2B_PUBLIC_KEY_RSA(unique));
	}

	/** Why a key found at the role's handle is not one we made for that role, or empty when it matches. */
	static Optional<String> mismatch(KeyRole role, TpmPublicArea found) {
		return mismatch(template(role), found);
	}

	/** Why a key is not one made from the template, or empty when it matches. */
	static Optional<String> mismatch(TPMT_PUBLIC template, TpmPublicArea found) {
		TpmPublicArea expected;
		try {
			expected = TpmPublicArea.parse(template.toBytes());
		} catch (org.vtpmconsole.tpm.verify.VerificationException e) {
			throw new IllegalStateException("our own template does not parse", e);
		}
		if (found.nameAlg() != expected.nameAlg())
			return Optional.of("nameAlg is " + found.nameAlg() + ", expected " + expected.nameAlg());
		if (found.attributes() != expected.attributes())
			return Optional.of(String.format("objectAttributes are 0x%08x, expected 0x%08x", found.attributes(),
					expected.attributes()));
		if (!Arrays.equals(found.authPolicy(), expected.authPolicy()))
			return Optional.of("authPolicy differs");
		if (found.symmetricAlg() != expected.symmetricAlg() || found.symmetricKeyBits() != expected.symmetricKeyBits()
				|| found.symmetricMode() != expected.symmetricMode())
			return Optional.of("symmetric algorithm differs");
		if (found.schemeAlg() != expected.schemeAlg() || found.schemeHashAlg() != expected.schemeHashAlg())
			return Optional.of("scheme differs");
		if (found.keyBits() != expected.keyBits())
			return Optional.of("key has " + found.keyBits() + " bits, expected " + expected.keyBits());
		return Optional.empty();
	}
}
