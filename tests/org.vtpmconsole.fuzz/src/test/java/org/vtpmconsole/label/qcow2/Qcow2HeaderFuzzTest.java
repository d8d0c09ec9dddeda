package org.vtpmconsole.label.qcow2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The qcow2 first-cluster walker on the beginning of an image file, read as {@link Qcow2LabelStore} reads it (the
 * fixed-header prefix, then the first cluster). Only {@link Qcow2Exception} naming the image escapes. For an accepted
 * header, setting a label and removing it again give headers that parse, read the label back (or none), keep the
 * fixed header and the backing file name, and are fixed points (writing the same again changes nothing).
 */
class Qcow2HeaderFuzzTest {
	private static final Path IMAGE = Path.of("fuzzed.qcow2");
	private static final String REFUSAL = "qcow2 image fuzzed.qcow2: ";
	private static final int BACKING_OFFSET_FIELD = 8;
	private static final int BACKING_OFFSET_END = 16;
	private static final int BACKING_SIZE_FIELD = 16;
	private static final int HEADER_LENGTH_FIELD = 100;
	private static final int V2_HEADER_LENGTH = 72;

	@FuzzTest
	void parse(byte[] file) {
		accepted(file);
	}

	@Test
	void everySeedIsAValidImageStart() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.QCOW2).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid image start");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] file) {
		Qcow2Header header;
		try {
			header = read(file);
		} catch (Qcow2Exception e) {
			assertTrue(e.getMessage().startsWith(REFUSAL), e.getMessage());
			return false;
		}
		byte[] cluster = header.bytes();
		byte[] label = new byte[1 + (cluster[cluster.length - 1] & 0xff)];
		Arrays.fill(label, (byte) 'L');
		try {
			Qcow2Header labelled = rewritten(header, header.withLabel(label));
			assertArrayEquals(label, labelled.label().orElseThrow(), "the label reads back");
			keepsFixedHeaderAndBackingName(header, labelled);
			assertArrayEquals(labelled.bytes(), rewritten(labelled, labelled.withLabel(label)).bytes(),
					"writing the same label again changes nothing");
			Qcow2Header unlabelled = rewritten(labelled, labelled.withoutLabel());
			assertEquals(Optional.empty(), unlabelled.label().map(Arrays::toString), "the label is gone");
			keepsFixedHeaderAndBackingName(header, unlabelled);
			assertArrayEquals(unlabelled.bytes(), rewritten(unlabelled, unlabelled.withoutLabel()).bytes(),
					"removing an absent label changes nothing");
		} catch (Qcow2Exception e) {
			assertTrue(e.getMessage().startsWith(REFUSAL + "a label of " + label.length + " bytes does not fit"),
					e.getMessage());
		}
		return true;
	}

	private static Qcow2Header read(byte[] file) throws Qcow2Exception {
		int clusterSize = Qcow2Header.clusterSize(IMAGE,
				Arrays.copyOf(file, Math.min(file.length, Qcow2Header.FIXED_HEADER_PREFIX)));
		return Qcow2Header.parse(IMAGE, Arrays.copyOf(file, Math.min(file.length, clusterSize)));
	}

	/** The first cluster with {@code update} written over its start, as the store commits it, parsed again. */
	private static Qcow2Header rewritten(Qcow2Header header, byte[] update) throws Qcow2Exception {
		byte[] cluster = header.bytes().clone();
		System.arraycopy(update, 0, cluster, 0, update.length);
		try {
			return Qcow2Header.parse(IMAGE, cluster);
		} catch (Qcow2Exception e) {
			throw new AssertionError("a header the walker laid out does not parse: " + e.getMessage(), e);
		}
	}

	private static void keepsFixedHeaderAndBackingName(Qcow2Header original, Qcow2Header updated) {
		byte[] before = original.bytes();
		byte[] after = updated.bytes();
		assertArrayEquals(Arrays.copyOf(before, BACKING_OFFSET_FIELD), Arrays.copyOf(after, BACKING_OFFSET_FIELD),
				"magic and version unchanged");
		int headerLength = headerLength(before);
		assertArrayEquals(Arrays.copyOfRange(before, BACKING_OFFSET_END, headerLength),
				Arrays.copyOfRange(after, BACKING_OFFSET_END, headerLength),
				"the fixed header after the backing offset unchanged");
		assertArrayEquals(backingName(before), backingName(after), "the backing file name survives");
	}

	private static int headerLength(byte[] cluster) {
		ByteBuffer header = ByteBuffer.wrap(cluster);
		return header.getInt(4) == 2 ? V2_HEADER_LENGTH : header.getInt(HEADER_LENGTH_FIELD);
	}

	private static byte[] backingName(byte[] cluster) {
		ByteBuffer header = ByteBuffer.wrap(cluster);
		int offset = (int) header.getLong(BACKING_OFFSET_FIELD);
		return offset == 0 ? new byte[0] : Arrays.copyOfRange(cluster, offset, offset + header.getInt(BACKING_SIZE_FIELD));
	}
}
