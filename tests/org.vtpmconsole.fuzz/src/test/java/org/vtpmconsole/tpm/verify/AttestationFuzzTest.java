package org.vtpmconsole.tpm.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * TPMS_ATTEST as a host returns it in a quote, an NV certification or a key certification: only
 * {@link VerificationException} escapes. An accepted attestation is one of the three types, its fields add up to
 * exactly the input's length, a quote selects PCRs 0-23 only, and each type's fields answer while another type's refuse
 * with IllegalStateException, as documented.
 */
class AttestationFuzzTest {
	/** magic, type, the two TPM2B sizes, clockInfo (8 + 4 + 4 + 1) and firmwareVersion. */
	private static final int FIXED_PART = 4 + 2 + 2 + 2 + 17 + 8;

	@FuzzTest
	void parse(byte[] input) {
		accepted(input);
	}

	@Test
	void everySeedIsAValidAttestation() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.ATTESTATION).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid TPMS_ATTEST");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) {
		Attestation attestation;
		try {
			attestation = Attestation.parse(input);
		} catch (VerificationException e) {
			assertFalse(e.getMessage().isBlank());
			return false;
		}
		int common = FIXED_PART + attestation.qualifiedSigner().length + attestation.extraData().length;
		List<Supplier<Object>> quote = List.of(attestation::pcrSelection, attestation::pcrDigest);
		List<Supplier<Object>> nv = List.of(attestation::nvIndexName, attestation::nvOffset, attestation::nvContents);
		List<Supplier<Object>> certify = List.of(attestation::certifiedName, attestation::certifiedQualifiedName);
		switch (attestation.type()) {
		case Attestation.TPM_ST_ATTEST_QUOTE -> {
			attestation.pcrSelection().banks().values().forEach(pcrs -> pcrs.forEach(
					pcr -> assertTrue(pcr >= 0 && pcr < PcrSelection.PCR_COUNT, "PCR " + pcr)));
			// the selection's own encoding varies (sizeofSelect, repeated banks): at least its count field
			assertTrue(input.length >= common + 4 + 2 + attestation.pcrDigest().length);
			refused(nv, certify);
		}
		case Attestation.TPM_ST_ATTEST_NV -> {
			assertEquals(input.length, common + 2 + attestation.nvIndexName().length + 2 + 2
					+ attestation.nvContents().length);
			refused(quote, certify);
		}
		case Attestation.TPM_ST_ATTEST_CERTIFY -> {
			assertEquals(input.length, common + 2 + attestation.certifiedName().length + 2
					+ attestation.certifiedQualifiedName().length);
			refused(quote, nv);
		}
		default -> throw new AssertionError(String.format("accepted type 0x%04x", attestation.type()));
		}
		return true;
	}

	@SafeVarargs
	private static void refused(List<Supplier<Object>>... otherTypesFields) {
		for (List<Supplier<Object>> fields : otherTypesFields) {
			fields.forEach(field -> assertThrows(IllegalStateException.class, field::get));
		}
	}
}
