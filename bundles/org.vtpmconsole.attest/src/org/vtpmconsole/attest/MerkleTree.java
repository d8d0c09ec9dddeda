package org.vtpmconsole.attest;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * The Merkle Tree Hash of RFC 6962 §2.1 with SHA-256 (leaves SHA-256(0x00 ‖ d), nodes SHA-256(0x01 ‖ left ‖
 * right)), audit paths (§2.1.1) and their verification (RFC 9162 §2.1.3.2). The RFC splits n leaves at the largest
 * power of two below n; building the tree bottom-up, pairing neighbours and carrying an odd last node up unchanged,
 * gives the same tree, and lets one pass serve the root and every audit path of a large answer.
 */
public final class MerkleTree {
	private static final byte[] LEAF_PREFIX = { 0x00 };
	private static final byte[] NODE_PREFIX = { 0x01 };

	/** levels.get(0) are the leaf hashes, the last level holds the root alone (none for the empty tree). */
	private final List<List<byte[]>> levels = new ArrayList<>();

	/** A tree over the leaf data in order (for evidence: each VM's H_i in answer order). */
	public MerkleTree(List<byte[]> leafData) {
		List<byte[]> level = leafData.stream().map(MerkleTree::leafHash).toList();
		levels.add(level);
		while (level.size() > 1) {
			List<byte[]> parents = new ArrayList<>((level.size() + 1) / 2);
			for (int i = 0; i + 1 < level.size(); i += 2)
				parents.add(nodeHash(level.get(i), level.get(i + 1)));
			if (level.size() % 2 == 1)
				parents.add(level.get(level.size() - 1));
			levels.add(parents);
			level = parents;
		}
	}

	public int size() {
		return levels.get(0).size();
	}

	/** MTH(D[n]); for n = 0 the hash of the empty string (RFC 6962 §2.1). */
	public byte[] root() {
		List<byte[]> top = levels.get(levels.size() - 1);
		return top.isEmpty() ? TpmHash.SHA256.digest() : top.get(0).clone();
	}

	/** PATH(m, D[n]): the siblings from the leaf's up to the root's children. */
	public List<byte[]> auditPath(int leafIndex) {
		if (leafIndex < 0 || leafIndex >= size())
			throw new IndexOutOfBoundsException("leaf " + leafIndex + " is not in a tree of " + size());
		List<byte[]> path = new ArrayList<>();
		int index = leafIndex;
		for (int depth = 0; depth < levels.size() - 1; depth++) {
			List<byte[]> level = levels.get(depth);
			int sibling = index ^ 1;
			if (sibling < level.size())
				path.add(level.get(sibling).clone());
			index /= 2;
		}
		return path;
	}

	public static byte[] leafHash(byte[] data) {
		return TpmHash.SHA256.digest(LEAF_PREFIX, data);
	}

	public static byte[] nodeHash(byte[] left, byte[] right) {
		return TpmHash.SHA256.digest(NODE_PREFIX, left, right);
	}

	/**
	 * RFC 9162 §2.1.3.2: whether {@code path} proves that the leaf with data {@code leafData} is leaf
	 * {@code leafIndex} of the tree of {@code treeSize} leaves whose root is {@code root}.
	 */
	public static boolean verifyAuditPath(long leafIndex, long treeSize, byte[] leafData, List<byte[]> path,
			byte[] root) {
		if (leafIndex < 0 || leafIndex >= treeSize)
			return false;
		long fn = leafIndex;
		long sn = treeSize - 1;
		byte[] r = leafHash(leafData);
		for (byte[] p : path) {
			if (sn == 0)
				return false;
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			} else {
				r = nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}
}
