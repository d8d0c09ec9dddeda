package org.vtpmconsole.tpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vtpmconsole.testing.ProvisionedTpmExtension;
import org.vtpmconsole.tpm.verify.Attestation;
import org.vtpmconsole.tpm.verify.NvCertificationVerifier;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.QuoteVerifier;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.tpm.verify.VerificationException;

@ExtendWith(ProvisionedTpmExtension.class)
class AttestationTest {
	private static final int TRAIL_INDEX = 0x01500100;
	private final SecureRandom random = new SecureRandom();

	@Test
	void pcrExtendMatchesTheSoftwareChainInBothBanks(TssHostTpm tpm) throws Exception {
		int pcr = 10;
		PcrSelection selection = PcrSelection.of(TpmHash.SHA1, pcr).and(TpmHash.SHA256, pcr);
		PcrValues start = tpm.pcrRead(selection);
		byte[] sha1 = start.get(TpmHash.SHA1, pcr);
		byte[] sha256 = start.get(TpmHash.SHA256, pcr);
		for (int i = 0; i < 5; i++) {
			byte[] data = ("event " + i).getBytes(StandardCharsets.UTF_8);
			tpm.pcrExtend(pcr, Map.of(TpmHash.SHA1, TpmHash.SHA1.digest(data), TpmHash.SHA256, TpmHash.SHA256.digest(data)));
			sha1 = TpmHash.SHA1.extend(sha1, TpmHash.SHA1.digest(data));
			sha256 = TpmHash.SHA256.extend(sha256, TpmHash.SHA256.digest(data));
		}
		PcrValues end = tpm.pcrRead(selection);
		assertArrayEquals(sha1, end.get(TpmHash.SHA1, pcr));
		assertArrayEquals(sha256, end.get(TpmHash.SHA256, pcr));
	}

	@Test
	void aQuoteVerifiesAndEveryTamperingIsRefused(TssHostTpm tpm) throws Exception {
		tpm.pcrExtend(11, Map.of(TpmHash.SHA256, TpmHash.SHA256.digest(new byte[] { 1 })));
		PcrSelection selection = PcrSelection.parse("sha1:0,10+sha256:0,7,10,11");
		byte[] nonce = new byte[32];
		random.nextBytes(nonce);
		Quote quote = tpm.quote(nonce, selection);
		RSAPublicKey aik = tpm.publicKey(KeyRole.AIK);
		Attestation attestation = QuoteVerifier.verify(aik, quote.attest(), quote.signature(), nonce, quote.pcrValues());
		assertEquals(selection, attestation.pcrSelection());
		assertArrayEquals(nonce, attestation.extraData());

		byte[] otherNonce = nonce.clone();
		otherNonce[0] ^= 1;
		assertRefused("extraData does not equal the nonce",
				() -> QuoteVerifier.verify(aik, quote.attest(), quote.signature(), otherNonce, quote.pcrValues()));

		PcrValues lying = new PcrValues();
		quote.pcrValues().asMap().forEach((bank, values) -> values.forEach((pcr, value) -> lying.put(bank, pcr, value)));
		lying.put(TpmHash.SHA256, 11, new byte[32]);
		assertRefused("pcrDigest does not match",
				() -> QuoteVerifier.verify(aik, quote.attest(), quote.signature(), nonce, lying));

		byte[] badSignature = quote.signature();
		badSignature[10] ^= 1;
		assertRefused("signature does not verify",
				() -> QuoteVerifier.verify(aik, quote.attest(), badSignature, nonce, quote.pcrValues()));

		byte[] badAttest = quote.attest();
		badAttest[badAttest.length - 1] ^= 1;
		assertRefused("signature does not verify",
				() -> QuoteVerifier.verify(aik, badAttest, quote.signature(), nonce, quote.pcrValues()));

		assertRefused("signature does not verify", () -> QuoteVerifier.verify(tpm.publicKey(KeyRole.VMEK),
				quote.attest(), quote.signature(), nonce, quote.pcrValues()));
	}

	@Test
	void aQuoteOverMoreThanEightPcrsReadsThemAll(TssHostTpm tpm) throws Exception {
		PcrSelection selection = PcrSelection.parse("sha1:0-23+sha256:0-23");
		Quote quote = tpm.quote(new byte[0], selection);
		assertEquals(24, quote.pcrValues().asMap().get(TpmHash.SHA256).size());
		QuoteVerifier.verify(tpm.publicKey(KeyRole.AIK), quote.attest(), quote.signature(), new byte[0],
				quote.pcrValues());
	}

	@Test
	void nvExtendIndexFollowsTheSoftwareChainAndItsCertificationVerifies(TssHostTpm tpm) throws Exception {
		tpm.nvDefineExtendIndex(TRAIL_INDEX, TpmHash.SHA256);
		try {
			byte[] expected = new byte[32];
			assertArrayEquals(expected, tpm.nvRead(TRAIL_INDEX), "unwritten index reads as zeros");
			for (int i = 0; i < 20; i++) {
				byte[] event = ("trail event " + i).getBytes(StandardCharsets.UTF_8);
				tpm.nvExtend(TRAIL_INDEX, event);
				expected = TpmHash.SHA256.extend(expected, event);
			}
			assertArrayEquals(expected, tpm.nvRead(TRAIL_INDEX));
			byte[] finalExpected = expected;

			byte[] nonce = new byte[20];
			random.nextBytes(nonce);
			NvCertification certification = tpm.nvCertify(TRAIL_INDEX, nonce);
			RSAPublicKey aik = tpm.publicKey(KeyRole.AIK);
			Attestation attestation = NvCertificationVerifier.verify(aik, certification.attest(),
					certification.signature(), nonce, finalExpected);
			assertEquals(Attestation.TPM_ST_ATTEST_NV, attestation.type());

			byte[] truncatedLog = TpmHash.SHA256.extend(new byte[32], "trail event 0".getBytes(StandardCharsets.UTF_8));
			assertRefused("certified NV contents differ", () -> NvCertificationVerifier.verify(aik,
					certification.attest(), certification.signature(), nonce, truncatedLog));
			assertRefused("extraData does not equal the nonce", () -> NvCertificationVerifier.verify(aik,
					certification.attest(), certification.signature(), new byte[20], finalExpected));
			byte[] badSignature = certification.signature();
			badSignature[0] ^= 1;
			assertRefused("signature does not verify", () -> NvCertificationVerifier.verify(aik,
					certification.attest(), badSignature, nonce, finalExpected));

			TpmCommandException twice = assertThrows(TpmCommandException.class,
					() -> tpm.nvDefineExtendIndex(TRAIL_INDEX, TpmHash.SHA256));
			assertEquals(ResponseCodes.NV_DEFINED, twice.baseCode(), twice.getMessage());
		} finally {
			tpm.nvUndefine(TRAIL_INDEX);
		}
		KeyOperationsTest.assertMessage("NV index 0x81000001 is outside the NV range",
				() -> tpm.nvRead(KeyHandles.SRK));
		KeyOperationsTest.assertMessage("qualifying data (nonce) must be 0 to 64 bytes, got 65",
				() -> tpm.quote(new byte[65], PcrSelection.of(TpmHash.SHA256, 0)));
	}

	private static void assertRefused(String expectedPart, org.junit.jupiter.api.function.Executable check) {
		VerificationException refused = assertThrows(VerificationException.class, check);
		assertTrue(refused.getMessage().contains(expectedPart), refused.getMessage());
	}
}
