package org.vtpmconsole.tpm.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * TPMT_PUBLIC as a host sends it to the CA at enrolment and to the console: only {@link VerificationException}
 * escapes. An accepted public area is usable the way its readers use it: its TPM name is nameAlg ‖ H(the input), its
 * RSA key can be made (the CA certifies it, the console checks signatures with it) unless it is a template without a
 * modulus, it equals a second parse.
 */
class TpmPublicAreaFuzzTest {

	@FuzzTest
	void parse(byte[] input) throws VerificationException {
		accepted(input);
	}

	@Test
	void everySeedIsAValidPublicArea() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.PUBLIC_AREA).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid TPMT_PUBLIC");
		}
	}

	/** The first finding: a 6-bit modulus parsed, and rsaPublicKey() then threw IllegalStateException. */
	@Test
	void aModulusNoRsaKeyCanHaveIsRefusedWhenParsed() {
		byte[] finding = HexFormat.of().parseHex("0001000b000600720000" + "00101a0010080000" + "00e500d100012c");
		VerificationException refusal = assertThrows(VerificationException.class, () -> TpmPublicArea.parse(finding));
		assertEquals("TPMT_PUBLIC unique.rsa (a 6-bit modulus) and exponent 15007953 are not an RSA public key: "
				+ "RSA keys must be at least 512 bits long", refusal.getMessage());
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) throws VerificationException {
		TpmPublicArea area;
		try {
			area = TpmPublicArea.parse(input);
		} catch (VerificationException e) {
			assertFalse(e.getMessage().isBlank());
			return false;
		}
		assertArrayEquals(input, area.encoded());
		TpmHash nameAlg = area.nameAlg();
		byte[] name = area.name();
		assertEquals(nameAlg.algId(), (name[0] & 0xff) << 8 | name[1] & 0xff);
		assertArrayEquals(nameAlg.digest(input), Arrays.copyOfRange(name, 2, name.length));
		RSAPublicKey key;
		try {
			key = area.rsaPublicKey();
		} catch (IllegalStateException e) {
			// documented: a template (empty or zero unique.rsa, as the tpm bundle parses its own) has no key
			assertTrue(e.getMessage().contains("template"), e.getMessage());
			return true;
		}
		assertEquals(1, key.getModulus().signum(), "a positive modulus");
		assertFalse(key.getPublicExponent().compareTo(BigInteger.ONE) <= 0, "an exponent above 1");
		assertEquals(area, TpmPublicArea.parse(input));
		assertEquals(area.hasAttributes(TpmPublicArea.FIXED_TPM | TpmPublicArea.FIXED_PARENT), area.isNonMigratable());
		return true;
	}
}
