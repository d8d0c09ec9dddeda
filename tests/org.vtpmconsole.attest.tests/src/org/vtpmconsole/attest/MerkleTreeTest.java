package org.vtpmconsole.attest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The tree against RFC 6962 §2.1 as the RFC writes it, implemented here a second way: recursion over sub-lists split
 * at the largest power of two below n, with MessageDigest directly, for every n from 1 to 33 (all shapes up to five
 * levels and beyond), every root and every audit path; plus the RFC's own definitions of the empty tree and the
 * one-leaf tree, and audit paths presented for the wrong leaf, index or size.
 */
class MerkleTreeTest {

	private static byte[] sha256(int prefix, byte[]... parts) throws Exception {
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		if (prefix >= 0)
			md.update((byte) prefix);
		for (byte[] part : parts)
			md.update(part);
		return md.digest();
	}

	private static int largestPowerOfTwoBelow(int n) {
		int k = 1;
		while (k * 2 < n)
			k *= 2;
		return k;
	}

	/** MTH(D[n]) exactly as RFC 6962 §2.1 defines it. */
	private static byte[] rfcRoot(List<byte[]> d) throws Exception {
		if (d.isEmpty())
			return sha256(-1);
		if (d.size() == 1)
			return sha256(0x00, d.get(0));
		int k = largestPowerOfTwoBelow(d.size());
		return sha256(0x01, rfcRoot(d.subList(0, k)), rfcRoot(d.subList(k, d.size())));
	}

	/** PATH(m, D[n]) exactly as RFC 6962 §2.1.1 defines it. */
	private static List<byte[]> rfcPath(int m, List<byte[]> d) throws Exception {
		List<byte[]> path = new ArrayList<>();
		if (d.size() <= 1)
			return path;
		int k = largestPowerOfTwoBelow(d.size());
		if (m < k) {
			path.addAll(rfcPath(m, d.subList(0, k)));
			path.add(rfcRoot(d.subList(k, d.size())));
		} else {
			path.addAll(rfcPath(m - k, d.subList(k, d.size())));
			path.add(rfcRoot(d.subList(0, k)));
		}
		return path;
	}

	private static List<byte[]> leaves(int n) throws Exception {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < n; i++)
			leaves.add(sha256(-1, ("H_" + i).getBytes()));
		return leaves;
	}

	@Test
	void theEmptyTreeAndTheOneLeafTreeAreTheRfcsDefinitions() throws Exception {
		assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(), new MerkleTree(List.of()).root());
		byte[] d0 = leaves(1).get(0);
		MerkleTree one = new MerkleTree(List.of(d0));
		assertArrayEquals(sha256(0x00, d0), one.root());
		assertEquals(0, one.auditPath(0).size());
		assertTrue(MerkleTree.verifyAuditPath(0, 1, d0, List.of(), one.root()));
	}

	@Test
	void rootsAndAuditPathsEqualTheRfcsRecursiveDefinitionForOneTo33Leaves() throws Exception {
		for (int n = 1; n <= 33; n++) {
			List<byte[]> d = leaves(n);
			MerkleTree tree = new MerkleTree(d);
			assertArrayEquals(rfcRoot(d), tree.root(), "root of " + n);
			for (int m = 0; m < n; m++) {
				List<byte[]> expected = rfcPath(m, d);
				List<byte[]> actual = tree.auditPath(m);
				assertEquals(expected.size(), actual.size(), "path length of leaf " + m + " of " + n);
				for (int i = 0; i < expected.size(); i++)
					assertArrayEquals(expected.get(i), actual.get(i), "path of leaf " + m + " of " + n + " step " + i);
				assertTrue(MerkleTree.verifyAuditPath(m, n, d.get(m), actual, tree.root()), "leaf " + m + " of " + n);
			}
		}
	}

	@Test
	void twoLeavesAndThreeLeavesHashAsWrittenOut() throws Exception {
		List<byte[]> d = leaves(3);
		byte[] l0 = sha256(0x00, d.get(0));
		byte[] l1 = sha256(0x00, d.get(1));
		byte[] l2 = sha256(0x00, d.get(2));
		assertArrayEquals(sha256(0x01, l0, l1), new MerkleTree(d.subList(0, 2)).root());
		// n = 3 splits at k = 2: ((l0 l1) l2)
		assertArrayEquals(sha256(0x01, sha256(0x01, l0, l1), l2), new MerkleTree(d).root());
	}

	@Test
	void anAuditPathProvesOnlyItsOwnLeafAtItsOwnPlaceInItsOwnTree() throws Exception {
		for (int n : new int[] { 2, 3, 5, 8, 10 }) {
			List<byte[]> d = leaves(n);
			MerkleTree tree = new MerkleTree(d);
			for (int m = 0; m < n; m++) {
				List<byte[]> path = tree.auditPath(m);
				int other = (m + 1) % n;
				assertFalse(MerkleTree.verifyAuditPath(m, n, d.get(other), path, tree.root()), "leaf data of " + other);
				assertFalse(MerkleTree.verifyAuditPath(other, n, d.get(m), path, tree.root()), "index " + other);
				assertFalse(MerkleTree.verifyAuditPath(m, n, d.get(m), tree.auditPath(other), tree.root()),
						"path of leaf " + other + " for leaf " + m + " of " + n);
				// a path alone does not fix the size (leaf 0 of 3 and of 4 have paths of one shape), which is why the
				// verifier takes the size from the answer and the root from the quote; a size of another shape fails
				assertFalse(MerkleTree.verifyAuditPath(m, 2L * n, d.get(m), path, tree.root()), "size " + 2 * n);
				assertFalse(MerkleTree.verifyAuditPath(m, m, d.get(m), path, tree.root()), "size without the leaf");
				assertFalse(MerkleTree.verifyAuditPath(m, n, d.get(m), path.subList(0, path.size() - 1), tree.root()),
						"truncated path");
				List<byte[]> longer = new ArrayList<>(path);
				longer.add(tree.root());
				assertFalse(MerkleTree.verifyAuditPath(m, n, d.get(m), longer, tree.root()), "extended path");
			}
			assertFalse(MerkleTree.verifyAuditPath(n, n, d.get(0), tree.auditPath(0), tree.root()), "index = size");
		}
	}

	@Test
	void tenThousandLeavesGiveTheRfcRoot() throws Exception {
		List<byte[]> d = leaves(10_000);
		MerkleTree tree = new MerkleTree(d);
		assertArrayEquals(rfcRoot(d), tree.root());
		IntStream.of(0, 4095, 8191, 8192, 9999).forEach(m -> {
			try {
				assertEquals(rfcPath(m, d).size(), tree.auditPath(m).size());
				assertTrue(MerkleTree.verifyAuditPath(m, d.size(), d.get(m), tree.auditPath(m), tree.root()));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}
}
