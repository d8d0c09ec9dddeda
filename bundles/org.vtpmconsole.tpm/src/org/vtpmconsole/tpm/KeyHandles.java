package org.vtpmconsole.tpm;

/**
 * Where each key of SPEC §3 persists (docs/tpm-keys.md). SRK and EK sit at the TCG-registered handles (TCG "TPM v2.0
 * Provisioning Guidance"), so other TPM software finds them; our own keys sit in a block of the owner range that
 * common tools leave alone.
 */
public final class KeyHandles {
	public static final int SRK = 0x81000001;
	/** RSA_local with an authValue (docs/tpm-keys.md, "Authorization"). */
	public static final int RSA_LOCAL = 0x81000111;
	/** RSA_mig with an authValue. */
	public static final int RSA_MIG = 0x81000112;
	/** Where hosts provisioned before keys had an authValue keep RSA_local; moved away from at agent start. */
	public static final int LEGACY_RSA_LOCAL = 0x81000101;
	/** The legacy RSA_mig, kept until no label in this host's images is wrapped to it. */
	public static final int LEGACY_RSA_MIG = 0x81000102;
	public static final int AIK = 0x81000103;
	public static final int VMEK = 0x81000104;
	public static final int EK = 0x81010001;

	/** NV index of the RSA-2048 EK certificate (TCG EK Credential Profile). */
	public static final int EK_CERTIFICATE_NV_INDEX = 0x01C00002;

	private KeyHandles() {
	}

	public static int of(KeyRole role) {
		return switch (role) {
		case SRK -> SRK;
		case RSA_LOCAL -> RSA_LOCAL;
		case RSA_MIG -> RSA_MIG;
		case AIK -> AIK;
		case VMEK -> VMEK;
		case EK -> EK;
		};
	}

	/** The handle of the role's key made before keys had an authValue, for the roles that have one. */
	public static java.util.OptionalInt legacyOf(KeyRole role) {
		return switch (role) {
		case RSA_LOCAL -> java.util.OptionalInt.of(LEGACY_RSA_LOCAL);
		case RSA_MIG -> java.util.OptionalInt.of(LEGACY_RSA_MIG);
		default -> java.util.OptionalInt.empty();
		};
	}

	public static String hex(int handle) {
		return String.format("0x%08x", handle);
	}
}
