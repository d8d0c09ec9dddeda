package org.vtpmconsole.pki.enroll;

import static org.vtpmconsole.tpm.verify.TpmPublicArea.DECRYPT;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.RESTRICTED;
import static org.vtpmconsole.tpm.verify.TpmPublicArea.SIGN;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

/**
 * The object attributes a key must have to be certified for a role (SPEC §3, docs/tpm-keys.md): every one is
 * non-migratable; RSA_mig signs and decrypts, unrestricted; the AIK is a restricted signing key; the VMEK an
 * unrestricted signing key that decrypts nothing.
 */
final class TpmKeyProfile {

	private static final int USAGE = RESTRICTED | DECRYPT | SIGN;
	private static final int RSA_BITS = 2048;

	private TpmKeyProfile() {
	}

	static void check(Role role, TpmPublicArea key) throws EnrollmentRefusedException {
		int expected = switch (role) {
		case RSA_MIG -> SIGN | DECRYPT;
		case AIK -> RESTRICTED | SIGN;
		case VMEK -> SIGN;
		default -> throw new EnrollmentRefusedException(EnrollmentRefusal.WRONG_ROLE,
				role.token() + " is not a host TPM key role; enroll rsa-mig, aik or vmek");
		};
		if (!key.isNonMigratable()) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.MIGRATABLE_KEY, "the key offered as " + role.token()
					+ " is migratable: fixedTPM and fixedParent must both be set");
		}
		if (key.keyBits() != RSA_BITS) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.WRONG_ROLE,
					"the key offered as " + role.token() + " has " + key.keyBits() + " bits, not " + RSA_BITS);
		}
		int actual = key.attributes() & USAGE;
		if (actual != expected) {
			throw new EnrollmentRefusedException(EnrollmentRefusal.WRONG_ROLE, "the key offered as " + role.token()
					+ " is " + describe(actual) + ", but a " + role.token() + " key is " + describe(expected));
		}
	}

	private static String describe(int usage) {
		return ((usage & RESTRICTED) != 0 ? "restricted" : "unrestricted") + ((usage & SIGN) != 0 ? " sign" : "")
				+ ((usage & DECRYPT) != 0 ? " decrypt" : "") + (((usage & (SIGN | DECRYPT)) == 0) ? " (no usage)" : "");
	}
}
