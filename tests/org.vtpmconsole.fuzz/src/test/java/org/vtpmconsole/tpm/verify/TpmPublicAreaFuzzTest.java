package org.vtpmconsole.tpm.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * TPMT_PUBLIC as a host sends it to the CA at enrolment and to the console: only {@link VerificationException}
 * escapes. An accepted public area is usable the way its readers use it: its TPM name is nameAlg ‖ H(the input), its
 * RSA key can be made (the CA certifies it, the console checks signatures with it), it equals a second parse.
 */
class TpmPublicAreaFuzzTest {

	@FuzzTest
	void parse(byte[] input) throws VerificationException {
		accepted(input);
	}

	@Test
	void everySeedIsAValidPublicArea() throws Exception {
		for (var seed : Corpus.inputs(FuzzTarget.PUBLIC_AREA).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid TPMT_PUBLIC");
		}
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
		RSAPublicKey key = area.rsaPublicKey();
		assertEquals(1, key.getModulus().signum(), "a positive modulus");
		assertFalse(key.getPublicExponent().compareTo(BigInteger.ONE) <= 0, "an exponent above 1");
		assertEquals(area, TpmPublicArea.parse(input));
		assertEquals(area.hasAttributes(TpmPublicArea.FIXED_TPM | TpmPublicArea.FIXED_PARENT), area.isNonMigratable());
		return true;
	}
}
