package org.vtpmconsole.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every edit of a real anchored log is refused with the line it concerns: each byte of each line flipped, each line
 * deleted, each pair of lines swapped, the log cut at each byte. Generated exhaustively, not sampled.
 */
class TrailTamperTest {
	private static AnchoredLog trail;
	private static byte[] content;
	private static List<byte[]> lines;

	@BeforeAll
	static void writeTrail() throws Exception {
		trail = new AnchoredLog();
		content = trail.bytes();
		lines = TrailLog.lines(content);
	}

	@AfterAll
	static void stop() {
		trail.close();
	}

	@Test
	void theRealLogVerifiesAndItsFoldIsTheNvValue() throws Exception {
		TrailLogChecker checker = trail.verify(content);
		assertEquals(15, checker.lineCount());
		assertArrayEquals(trail.anchor.value(), checker.fold());
	}

	@Test
	void everyFlippedByteOfEveryLineIsRefusedWithItsLine() throws Exception {
		Map<String, Integer> how = new TreeMap<>();
		int offset = 0;
		for (int k = 1; k <= lines.size(); k++) {
			int length = lines.get(k - 1).length;
			for (int i = 0; i < length; i++) {
				byte[] edited = content.clone();
				edited[offset + i] ^= 0x01;
				TrailRefusal refusal = refusal(edited);
				how.merge(kind(refusal, k), 1, Integer::sum);
			}
			offset += length + 1;
		}
		System.out.println("flipped bytes refused: " + how);
		assertEquals(content.length - lines.size(), how.values().stream().mapToInt(Integer::intValue).sum());
	}

	/** The edited line itself, the next line's broken chain, or for the last line the fold: nothing else. */
	private static String kind(TrailRefusal refusal, int edited) {
		String message = refusal.getMessage();
		if (refusal.line() == edited && message.startsWith("line " + edited + " "))
			return "line named";
		if (refusal.line() == edited && message.startsWith("line " + edited + "'s"))
			return "line named";
		if (refusal.line() == edited && message.startsWith("chain broken at line " + edited + ":"))
			return "its own prev";
		if (refusal.line() == edited + 1 && message.startsWith("chain broken at line " + (edited + 1)))
			return "next line's chain";
		if (edited == lines.size() && refusal.line() == edited && message.startsWith("fold differs")
				&& message.contains("after line " + edited))
			return "fold after the last line";
		return fail("an edit of line " + edited + " refused as: " + message);
	}

	@Test
	void everyDeletedLineIsRefusedWithItsPlace() throws Exception {
		for (int k = 1; k <= lines.size(); k++) {
			List<byte[]> shorter = new ArrayList<>(lines);
			shorter.remove(k - 1);
			TrailRefusal refusal = refusal(join(shorter));
			if (k == lines.size()) {
				assertTrue(refusal.getMessage().startsWith("fold differs from the certified NV value"), refusal.getMessage());
				assertEquals(k - 1, refusal.line());
			} else {
				assertEquals("chain broken at line " + k, refusal.getMessage().substring(0, ("chain broken at line " + k).length()));
				assertEquals(k, refusal.line());
			}
		}
	}

	@Test
	void everySwapOfTwoLinesIsRefusedAtTheFirst() throws Exception {
		int pairs = 0;
		for (int i = 0; i < lines.size(); i++) {
			for (int j = i + 1; j < lines.size(); j++) {
				List<byte[]> swapped = new ArrayList<>(lines);
				swapped.set(i, lines.get(j));
				swapped.set(j, lines.get(i));
				TrailRefusal refusal = refusal(join(swapped));
				assertEquals(i + 1, refusal.line(), refusal.getMessage());
				assertTrue(refusal.getMessage().startsWith("chain broken at line " + (i + 1)), refusal.getMessage());
				pairs++;
			}
		}
		assertEquals(lines.size() * (lines.size() - 1) / 2, pairs);
	}

	@Test
	void everyCutOfTheLogIsRefused() throws Exception {
		int offset = 0;
		for (int k = 1; k <= lines.size(); k++) {
			int length = lines.get(k - 1).length;
			for (int cut = offset; cut <= offset + length; cut++) {
				byte[] truncated = java.util.Arrays.copyOf(content, cut);
				TrailRefusal refusal = refusal(truncated);
				if (cut == offset) {
					assertEquals(k - 1, refusal.line());
					assertTrue(refusal.getMessage().startsWith("fold differs from the certified NV value"),
							refusal.getMessage());
				} else {
					assertEquals(k, refusal.line());
					assertEquals("line " + k + " is not terminated by a newline (a torn write or a cut)",
							refusal.getMessage());
				}
			}
			offset += length + 1;
		}
	}

	@Test
	void aLineAddedAtTheEndIsRefusedByTheFold() throws Exception {
		byte[] longer = join(List.of(content, lines.get(lines.size() - 1)));
		TrailRefusal refusal = refusal(longer);
		assertTrue(refusal.getMessage().startsWith("chain broken at line 16"), refusal.getMessage());
	}

	@Test
	void theLinesRecordWhatTheAnchorHolds() throws Exception {
		byte[] fold = new byte[32];
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		for (byte[] line : lines) {
			byte[] digest = sha256.digest(line);
			sha256.update(fold);
			fold = sha256.digest(digest);
		}
		assertArrayEquals(fold, trail.anchor.value(), "NV value = SHA-256 fold of SHA-256(line) computed here");
	}

	private static TrailRefusal refusal(byte[] edited) {
		return assertThrows(TrailRefusal.class, () -> trail.verify(edited));
	}

	private static byte[] join(List<byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
			if (part.length == 0 || part[part.length - 1] != '\n')
				out.write('\n');
		}
		return out.toByteArray();
	}
}
