package org.vtpmconsole.label;

import static org.junit.jupiter.api.Assertions.*;
import static org.vtpmconsole.label.LabelBytes.*;
import static org.vtpmconsole.label.LabelFormatException.Kind.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.label.LabelFormatException.Kind;

class LabelCodecTest {
	private final byte[] typical = SampleLabels.typical(1).encode();

	@Test
	void realisticLabelRoundTripsFieldByField() throws Exception {
		Label label = SampleLabels.realistic("qemu".getBytes(StandardCharsets.US_ASCII));
		byte[] encoded = label.encode();
		Label decoded = LabelCodec.decode(encoded);
		assertEquals(label, decoded);
		assertArrayEquals(encoded, decoded.encode());
		assertEquals(LabelStatus.LOCAL, decoded.status());
		assertEquals(SampleLabels.ISSUED, decoded.notBefore());
		assertEquals(HashAlgorithm.SHA256, decoded.digestAlgorithm());
		assertArrayEquals(label.secret(), decoded.secret());
		assertArrayEquals(Label.uuidHash(HashAlgorithm.SHA256, SampleLabels.VM), decoded.uuidHash());
		assertArrayEquals(label.signerName(), decoded.signerName());
		assertArrayEquals(label.recipientName(), decoded.recipientName());
		assertEquals(0x0014, decoded.sigScheme());
		assertEquals(0x000B, decoded.sigHash());
		assertArrayEquals(Arrays.copyOf(encoded, SIGNATURE), decoded.signedBytes());
		assertArrayEquals(Arrays.copyOfRange(encoded, SIGNATURE + 2, encoded.length), decoded.signature());
		assertEquals(TYPICAL_LENGTH, encoded.length);
	}

	@Test
	void everyAlgorithmAndSizeRoundTrips() throws Exception {
		for (Label label : SampleLabels.variety(2)) {
			assertArrayEquals(label.encode(), LabelCodec.decode(label.encode()).encode(), label.toString());
		}
	}

	@Test
	void uuidHashIsTheHashOfTheLowercaseUuid() {
		assertArrayEquals(HashAlgorithm.SHA1.hash("49508238-55c0-45a4-b6e5-0f3c1b2a9d11".getBytes(StandardCharsets.US_ASCII)),
				Label.uuidHash(HashAlgorithm.SHA1, SampleLabels.VM));
	}

	@Test
	void everyTruncationIsRefusedAsOverrun() {
		for (int length = 0; length < typical.length; length++) {
			assertEquals(OVERRUN, refusal(Arrays.copyOf(typical, length)).kind(), "truncated to " + length);
		}
	}

	@Test
	void overrunNamesFieldOffsetAndBytesLeft() {
		byte[] truncated = Arrays.copyOf(setU16(typical, UUID_HASH, 40), UUID_HASH + 2 + 37);
		assertEquals("label: field 'uuidHash' at offset 282: size 40 overruns the buffer (37 bytes left)",
				refusal(truncated).getMessage());
		assertRefused(setU16(typical, SECRET, 0xffff), OVERRUN, "secret", SECRET);
		assertRefused(setU16(typical, SIGNATURE, 257), OVERRUN, "signature", SIGNATURE);
	}

	@Test
	void wrongMagicVersionOrStatusIsRefused() {
		byte[] magic = typical.clone();
		magic[3] = 'X';
		assertRefused(magic, BAD_MAGIC, "magic", 0);
		for (int version : new int[] { 0, 2, 255 }) {
			byte[] bytes = typical.clone();
			bytes[4] = (byte) version;
			assertRefused(bytes, BAD_VERSION, "version", 4);
		}
		for (int status : new int[] { 0, 3, 255 }) {
			byte[] bytes = typical.clone();
			bytes[5] = (byte) status;
			assertRefused(bytes, UNKNOWN_STATUS, "status", 5);
		}
	}

	@Test
	void unknownAlgorithmsAreRefused() {
		for (int alg : new int[] { 0x0000, 0x000C, 0x0012, 0xffff }) {
			assertRefused(setU16(typical, DIGEST_ALG, alg), UNKNOWN_ALGORITHM, "digestAlg", DIGEST_ALG);
		}
		assertRefused(setU16(typical, SIG_SCHEME, 0x0016), UNKNOWN_ALGORITHM, "sigScheme", SIG_SCHEME);
		assertRefused(setU16(typical, SIG_HASH, 0x0004), UNKNOWN_ALGORITHM, "sigHash", SIG_HASH);
		assertRefused(setU16(typical, SIGNER_NAME + 2, 0x0099), UNKNOWN_ALGORITHM, "signerName", SIGNER_NAME);
	}

	@Test
	void digestsMustMatchDigestAlg() {
		assertRefused(setU16(typical, DIGEST_ALG, 0x0004), DIGEST_LENGTH, "uuidHash", UUID_HASH);
		assertRefused(replaceTpm2b(typical, QEMU_DIGEST, new byte[31]), DIGEST_LENGTH, "qemuDigest", QEMU_DIGEST);
		assertRefused(replaceTpm2b(typical, UUID_HASH, new byte[0]), DIGEST_LENGTH, "uuidHash", UUID_HASH);
	}

	@Test
	void namesMustBeNameAlgAndItsDigest() {
		byte[] sha256Name = Arrays.copyOfRange(typical, SIGNER_NAME + 2, SIGNER_NAME + 36);
		assertRefused(replaceTpm2b(typical, SIGNER_NAME, Arrays.copyOf(sha256Name, 33)), NAME_LENGTH, "signerName",
				SIGNER_NAME);
		assertRefused(replaceTpm2b(typical, RECIPIENT_NAME, new byte[] { 0 }), NAME_LENGTH, "recipientName",
				RECIPIENT_NAME);
		byte[] sha1Named = sha256Name.clone();
		sha1Named[1] = 0x04;
		assertRefused(replaceTpm2b(typical, RECIPIENT_NAME, sha1Named), NAME_LENGTH, "recipientName", RECIPIENT_NAME);
	}

	@Test
	void zeroOrImplausibleRsaBlocksAreRefused() {
		for (int size : new int[] { 0, 32, 127, 513 }) {
			assertRefused(replaceTpm2b(typical, SECRET, new byte[size]), IMPLAUSIBLE_SIZE, "secret", SECRET);
			assertRefused(replaceTpm2b(typical, SIGNATURE, new byte[size]), IMPLAUSIBLE_SIZE, "signature", SIGNATURE);
		}
	}

	@Test
	void validityMustBeOrderedAndInRange() {
		assertRefused(setU64(typical, NOT_AFTER, 0), VALIDITY_ORDER, "notAfter", NOT_AFTER);
		assertRefused(setU64(typical, NOT_BEFORE, -1), TIME_OUT_OF_RANGE, "notBefore", NOT_BEFORE);
		assertRefused(setU64(typical, NOT_AFTER, Long.MIN_VALUE), TIME_OUT_OF_RANGE, "notAfter", NOT_AFTER);
	}

	@Test
	void trailingBytesAndOversizeLabelsAreRefused() {
		assertRefused(append(typical, 0), TRAILING_BYTES, "label", TYPICAL_LENGTH);
		assertRefused(Arrays.copyOf(typical, LabelCodec.MAX_LABEL_SIZE + 1), TOO_LARGE, "label", 0);
	}

	@Test
	void builderRefusesWhatTheDecoderWouldRefuse() {
		Label label = SampleLabels.typical(3);
		IllegalArgumentException shortDigest = assertThrows(IllegalArgumentException.class,
				() -> label.toBuilder().qemuDigest(new byte[20]).build());
		assertEquals("label: field 'qemuDigest' at offset 316: size 20 is not the 32-byte length of a SHA-256 digest",
				shortDigest.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> label.toBuilder().digestAlgorithm(HashAlgorithm.SHA384).build());
		assertThrows(IllegalArgumentException.class, () -> label.withSecret(new byte[0]));
		assertThrows(IllegalArgumentException.class, () -> label.withSignerName(new byte[] { 0, 0x0B, 1 }));
		assertThrows(IllegalArgumentException.class,
				() -> label.withValidity(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2029-01-01T00:00:00Z")));
		assertThrows(IllegalArgumentException.class,
				() -> label.withValidity(Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("2029-01-01T00:00:00Z")));
		assertThrows(IllegalArgumentException.class, () -> label.withSignature(new byte[0]));
		assertThrows(NullPointerException.class, () -> Label.builder().build());
	}

	@Test
	void changingAnythingDropsTheSignature() throws Exception {
		Label label = SampleLabels.typical(4);
		Label migrating = label.withStatus(LabelStatus.MIGRATING);
		assertFalse(migrating.isSigned());
		assertEquals(0, migrating.signature().length);
		assertThrows(IllegalStateException.class, migrating::encode);
		assertEquals(LabelStatus.MIGRATING, migrating.status());
		assertArrayEquals(label.secret(), migrating.secret());
		byte[] signedBytes = migrating.signedBytes();
		assertEquals(LabelStatus.MIGRATING.code(), signedBytes[5]);
		Label resigned = migrating.withSignature(label.signature());
		assertEquals(LabelStatus.MIGRATING, LabelCodec.decode(resigned.encode()).status());
		assertFalse(label.withRecipientName(label.signerName()).isSigned());
	}

	private static void assertRefused(byte[] bytes, Kind kind, String field, int offset) {
		LabelFormatException e = refusal(bytes);
		assertEquals(kind, e.kind(), e.getMessage());
		assertEquals(field, e.field(), e.getMessage());
		assertEquals(offset, e.offset(), e.getMessage());
		assertTrue(e.getMessage().startsWith("label: field '" + field + "' at offset " + offset + ": "), e.getMessage());
	}

	private static LabelFormatException refusal(byte[] bytes) {
		return assertThrows(LabelFormatException.class, () -> LabelCodec.decode(bytes));
	}
}
