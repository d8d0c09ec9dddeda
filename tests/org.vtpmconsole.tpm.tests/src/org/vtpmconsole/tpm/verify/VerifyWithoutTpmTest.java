package org.vtpmconsole.tpm.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The verifiers' own checks, on hand-built structures. */
class VerifyWithoutTpmTest {

	@Test
	void malformedAttestationsAreRefusedNamingTheField() {
		byte[] wrongMagic = HexFormat.of().parseHex("ff544348" + "8018");
		assertEquals("TPMS_ATTEST magic is 0xff544348, not TPM_GENERATED 0xff544347",
				assertThrows(VerificationException.class, () -> Attestation.parse(wrongMagic)).getMessage());
		byte[] truncated = HexFormat.of().parseHex("ff544347" + "8018" + "0022");
		assertTrue(assertThrows(VerificationException.class, () -> Attestation.parse(truncated)).getMessage()
				.startsWith("TPMS_ATTEST is truncated at qualifiedSigner"));
		byte[] wrongType = HexFormat.of().parseHex("ff544347" + "8015" + "0000" + "0000" + "00".repeat(17) + "00".repeat(8));
		assertEquals("TPMS_ATTEST type 0x8015 is neither quote, NV nor certify",
				assertThrows(VerificationException.class, () -> Attestation.parse(wrongType)).getMessage());
	}

	@Test
	void aMinimalQuoteStructureParses() throws Exception {
		String selection = "00000001" + "000b" + "03" + "010400"; // sha256: PCR 0, 10
		byte[] attest = HexFormat.of().parseHex("ff544347" + "8018" + "0000" + "0002abcd" + "00".repeat(17)
				+ "00".repeat(8) + selection + "0020" + "11".repeat(32));
		Attestation parsed = Attestation.parse(attest);
		assertEquals(PcrSelection.of(TpmHash.SHA256, 0, 10), parsed.pcrSelection());
		assertArrayEquals(new byte[] { (byte) 0xab, (byte) 0xcd }, parsed.extraData());
		byte[] trailing = java.util.Arrays.copyOf(attest, attest.length + 1);
		assertEquals("TPMS_ATTEST has 1 trailing bytes",
				assertThrows(VerificationException.class, () -> Attestation.parse(trailing)).getMessage());
	}

	@Test
	void pcrSelectionsParseAndPrint() {
		PcrSelection selection = PcrSelection.parse("sha1:0,10+SHA-256:0-2,7");
		assertEquals("sha1:0,10+sha256:0,1,2,7", selection.toString());
		assertThrows(IllegalArgumentException.class, () -> PcrSelection.parse("md5:1"));
		assertThrows(IllegalArgumentException.class, () -> PcrSelection.parse("sha1:24"));
		assertThrows(IllegalArgumentException.class, () -> PcrSelection.parse("sha1"));
	}

	@Test
	void pcrDigestNeedsEverySelectedValue() {
		PcrValues values = new PcrValues().put(TpmHash.SHA256, 0, new byte[32]);
		assertEquals("no value for SHA256 PCR 7 selected by the quote", assertThrows(VerificationException.class,
				() -> values.digest(TpmHash.SHA256, PcrSelection.of(TpmHash.SHA256, 0, 7))).getMessage());
		assertThrows(IllegalArgumentException.class, () -> values.put(TpmHash.SHA1, 0, new byte[32]));
	}

	@Test
	void softwareMakeCredentialRefusesWhatTheTpmWouldRefuse() throws Exception {
		CredentialMaker maker = new CredentialMaker(new SecureRandom());
		assertTrue(assertThrows(VerificationException.class, () -> maker.make(new byte[1], new byte[34], new byte[32]))
				.getMessage().startsWith("TPMT_PUBLIC is truncated"));
	}

	@Test
	void kdfaMatchesTheTcgConstruction() throws Exception {
		// KDFa output is HMAC(key, [1] ‖ label ‖ 0 ‖ u ‖ v ‖ [bits]) for one block
		byte[] key = new byte[32];
		byte[] derived = Kdfa.derive(TpmHash.SHA256, key, "STORAGE", new byte[] { 1 }, new byte[0], 128);
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
		byte[] expected = mac.doFinal(HexFormat.of().parseHex("00000001" + HexFormat.of().formatHex("STORAGE".getBytes())
				+ "00" + "01" + "00000080"));
		assertArrayEquals(java.util.Arrays.copyOf(expected, 16), derived);
	}
}
