package org.vtpmconsole.agent.stateblob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.swtpm.StateBlob;
import org.vtpmconsole.agent.swtpm.StateFiles;
import org.vtpmconsole.label.StateKey;

/** The sealed-blob format, the key derivation and the capture rule, attacked byte by byte. */
class SealedBlobTest {
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final byte[] STATE = "plaintext permanent state with seeds and NV".getBytes(StandardCharsets.US_ASCII);
	private final UUID vm = UUID.randomUUID();
	private final StateKey stateKey = StateKey.generate(RANDOM);

	@TempDir
	Path dir;

	@Test
	void aSealedBlobOpensWithItsKeyAndHidesThePlaintext() throws Exception {
		byte[] sealed = seal(key(stateKey, vm), StateBlob.PERMANENT, 7);
		assertEquals(STATE.length + SealedBlob.OVERHEAD, sealed.length);
		assertEquals(-1, StateFiles.indexOf(sealed, Arrays.copyOf(STATE, 16), 0), "no plaintext in the sealed bytes");
		SealedBlob.Opened opened = SealedBlob.open(key(stateKey, vm), StateBlob.PERMANENT, sealed);
		assertArrayEquals(STATE, opened.plaintext());
		assertEquals(new SealedBlob(SealPurpose.QEMU_STATE, StateBlob.PERMANENT, vm, 7, 1234), opened.header());
	}

	@Test
	void anotherVmsBlobIsRefusedByItsHeader() {
		UUID other = UUID.randomUUID();
		byte[] sealed = seal(key(stateKey, other), StateBlob.PERMANENT, 1);
		assertRefused(BlobRefusal.Kind.OTHER_VM, "sealed for VM " + other, StateBlob.PERMANENT, sealed);
	}

	@Test
	void aBlobSealedUnderAnotherStateKeyDoesNotAuthenticate() {
		byte[] sealed = seal(key(StateKey.generate(RANDOM), vm), StateBlob.PERMANENT, 1);
		assertRefused(BlobRefusal.Kind.NOT_AUTHENTIC, "does not authenticate", StateBlob.PERMANENT, sealed);
	}

	@Test
	void everyFlippedBitIsRefused() {
		byte[] sealed = seal(key(stateKey, vm), StateBlob.VOLATILE, 3);
		// the authenticated header fields that are not checked in clear, the ciphertext and the tag
		for (int offset : new int[] { 28, 36, 44, SealedBlob.HEADER_LENGTH, sealed.length - 1 }) {
			byte[] altered = sealed.clone();
			altered[offset] ^= 0x01;
			assertRefused(BlobRefusal.Kind.NOT_AUTHENTIC, "does not authenticate", StateBlob.VOLATILE, altered);
		}
	}

	@Test
	void aTruncatedOrExtendedBlobIsRefused() {
		byte[] sealed = seal(key(stateKey, vm), StateBlob.PERMANENT, 1);
		assertRefused(BlobRefusal.Kind.MALFORMED, "cut short or extended", StateBlob.PERMANENT,
				Arrays.copyOf(sealed, sealed.length - 1));
		assertRefused(BlobRefusal.Kind.MALFORMED, "cut short or extended", StateBlob.PERMANENT,
				Arrays.copyOf(sealed, sealed.length + 1));
		assertRefused(BlobRefusal.Kind.NOT_SEALED, "no VTPMSEAL header", StateBlob.PERMANENT,
				Arrays.copyOf(sealed, SealedBlob.OVERHEAD - 1));
	}

	@Test
	void aPlaintextSwtpmBlobAndAnEmptyOneAreRefused() {
		// swtpm's own blob header (version 2, flags) followed by state
		byte[] plaintext = new byte[200];
		plaintext[0] = 2;
		assertRefused(BlobRefusal.Kind.NOT_SEALED, "not a state blob the vTPM gateway sealed", StateBlob.PERMANENT,
				plaintext);
		assertRefused(BlobRefusal.Kind.NOT_SEALED, "no VTPMSEAL header", StateBlob.PERMANENT, new byte[0]);
	}

	@Test
	void aBlobOfferedAsAnotherKindIsRefused() {
		byte[] sealed = seal(key(stateKey, vm), StateBlob.VOLATILE, 1);
		assertRefused(BlobRefusal.Kind.WRONG_KIND, "offered as the PERMANENT state", StateBlob.PERMANENT, sealed);
	}

	@Test
	void aCaptureSharesOneEpochAndOnlyTheLatestCaptureOpens() throws Exception {
		CaptureEpochs epochs = new CaptureEpochs(dir.resolve("stateblob.epoch"));
		assertEquals(0, epochs.latest());
		try (StateBlobGuard guard = guard(epochs, FreshnessPolicy.LATEST_CAPTURE_ONLY)) {
			byte[] permanent1 = guard.seal(StateBlob.PERMANENT, STATE);
			byte[] volatile1 = guard.seal(StateBlob.VOLATILE, STATE);
			assertEquals(1, SealedBlob.readHeader(permanent1).epoch());
			assertEquals(1, SealedBlob.readHeader(volatile1).epoch(), "one capture, one epoch");
			guard.endCapture();
			byte[] permanent2 = guard.seal(StateBlob.PERMANENT, STATE);
			assertEquals(2, SealedBlob.readHeader(permanent2).epoch());
			byte[] permanent3 = guard.seal(StateBlob.PERMANENT, STATE);
			assertEquals(3, SealedBlob.readHeader(permanent3).epoch(), "a kind asked for twice starts a capture");
			assertEquals("3", Files.readString(dir.resolve("stateblob.epoch")).strip(), "the epoch is on disk");

			assertArrayEquals(STATE, guard.open(StateBlob.PERMANENT, permanent3).plaintext());
			BlobRefusal older = assertThrows(BlobRefusal.class, () -> guard.open(StateBlob.VOLATILE, volatile1));
			assertEquals(BlobRefusal.Kind.NOT_FRESH, older.kind());
			assertTrue(older.getMessage().contains("capture 1, older than the VM's latest capture 3"), older.getMessage());
		}
	}

	@Test
	void anExplicitRestoreNamesTheOneOlderCaptureItAccepts() throws Exception {
		CaptureEpochs epochs = new CaptureEpochs(dir.resolve("stateblob.epoch"));
		byte[] first;
		byte[] second;
		try (StateBlobGuard guard = guard(epochs, FreshnessPolicy.LATEST_CAPTURE_ONLY)) {
			first = guard.seal(StateBlob.PERMANENT, STATE);
			guard.endCapture();
			second = guard.seal(StateBlob.PERMANENT, STATE);
			guard.endCapture();
			guard.seal(StateBlob.PERMANENT, STATE);
		}
		try (StateBlobGuard restore = guard(epochs, FreshnessPolicy.latestOr(1))) {
			assertArrayEquals(STATE, restore.open(StateBlob.PERMANENT, first).plaintext());
			assertEquals(BlobRefusal.Kind.NOT_FRESH,
					assertThrows(BlobRefusal.class, () -> restore.open(StateBlob.PERMANENT, second)).kind());
		}
	}

	@Test
	void aDamagedEpochFileFailsClosed() throws Exception {
		Path file = Files.writeString(dir.resolve("stateblob.epoch"), "three\n");
		try (StateBlobGuard guard = guard(new CaptureEpochs(file), FreshnessPolicy.LATEST_CAPTURE_ONLY)) {
			assertTrue(assertThrows(IOException.class, () -> guard.seal(StateBlob.PERMANENT, STATE))
					.getMessage().contains("not an epoch"));
		}
	}

	@Test
	void aClosedKeyNoLongerSealsAndNeverPrintsItself() {
		SealingKey key = key(stateKey, vm);
		assertTrue(key.toString().contains("not shown"));
		key.close();
		assertTrue(key.toString().contains("wiped"));
		assertThrows(IllegalStateException.class, () -> seal(key, StateBlob.PERMANENT, 1));
	}

	private StateBlobGuard guard(CaptureEpochs epochs, FreshnessPolicy policy) {
		return new StateBlobGuard(key(stateKey, vm), epochs, policy, Clock.systemUTC(), RANDOM);
	}

	private static SealingKey key(StateKey stateKey, UUID vm) {
		return SealingKey.derive(stateKey, vm, SealPurpose.QEMU_STATE);
	}

	private static byte[] seal(SealingKey key, StateBlob type, long epoch) {
		return new SealedBlob(SealPurpose.QEMU_STATE, type, key.vm(), epoch, 1234).seal(key, STATE, RANDOM);
	}

	private void assertRefused(BlobRefusal.Kind kind, String words, StateBlob offeredAs, byte[] bytes) {
		BlobRefusal refusal = assertThrows(BlobRefusal.class, () -> SealedBlob.open(key(stateKey, vm), offeredAs, bytes));
		assertEquals(kind, refusal.kind(), refusal.toString());
		assertTrue(refusal.getMessage().contains(words), refusal.getMessage());
	}
}
