package org.vtpmconsole.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Label v1 decoding (SPEC §4.2), the bytes any image's header carries: only {@link LabelFormatException} escapes, its
 * message names the field at an offset inside the input, and every accepted label encodes back to exactly the input,
 * both as decoded and rebuilt from its values.
 */
class LabelCodecFuzzTest {

	@FuzzTest
	void decode(byte[] input) {
		accepted(input);
	}

	@Test
	void everySeedIsAValidLabel() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.LABEL).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid label");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) {
		Label label;
		try {
			label = LabelCodec.decode(input);
		} catch (LabelFormatException e) {
			assertNotNull(e.kind());
			assertTrue(e.offset() >= 0 && e.offset() <= input.length, "offset " + e.offset() + " inside the input");
			assertTrue(e.getMessage().startsWith("label: field '" + e.field() + "' at offset " + e.offset() + ": "),
					e.getMessage());
			return false;
		}
		assertArrayEquals(input, label.encode(), "a decoded label encodes to its input");
		byte[] signed = label.signedBytes();
		assertArrayEquals(Arrays.copyOf(input, signed.length), signed, "the signed part is the input's prefix");
		Label rebuilt = label.toBuilder().build().withSignature(label.signature());
		assertArrayEquals(input, rebuilt.encode(), "the label rebuilt from its values encodes to its input");
		assertEquals(label, rebuilt);
		return true;
	}
}
