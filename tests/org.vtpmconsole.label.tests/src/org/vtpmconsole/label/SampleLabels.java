package org.vtpmconsole.label;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Labels for tests, the fuzzer and the benchmark. */
public final class SampleLabels {
	static final UUID VM = UUID.fromString("49508238-55c0-45a4-b6e5-0f3c1b2a9d11");
	static final Instant ISSUED = Instant.parse("2025-06-01T08:00:00Z");

	private SampleLabels() {
	}

	/**
	 * A label as the TPM would make it, but with JCE keys: a fresh 32-byte state key wrapped with RSA-OAEP-SHA-256
	 * to an RSA-2048 recipient key, SHA-256 digests, an RSASSA-PKCS1-v1_5 SHA-256 signature by an RSA-2048
	 * signing key. Names are SHA-256 ‖ SHA-256 of the key's DER encoding, standing in for H(TPMT_PUBLIC).
	 */
	public static Label realistic(byte[] qemuBinary) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair signer = generator.generateKeyPair();
		KeyPair recipient = generator.generateKeyPair();
		byte[] stateKey = new byte[32];
		new SecureRandom().nextBytes(stateKey);
		Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
		oaep.init(Cipher.ENCRYPT_MODE, recipient.getPublic(), new OAEPParameterSpec("SHA-256", "MGF1",
				MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
		Label unsigned = Label.builder().status(LabelStatus.LOCAL)
				.validity(ISSUED, ISSUED.plus(Duration.ofDays(90)))
				.secret(oaep.doFinal(stateKey))
				.uuidHash(Label.uuidHash(HashAlgorithm.SHA256, VM))
				.qemuDigest(HashAlgorithm.SHA256.hash(qemuBinary))
				.signerName(name(signer.getPublic()))
				.recipientName(name(recipient.getPublic()))
				.build();
		Signature rsassa = Signature.getInstance("SHA256withRSA");
		rsassa.initSign(signer.getPrivate());
		rsassa.update(unsigned.signedBytes());
		return unsigned.withSignature(rsassa.sign());
	}

	private static byte[] name(PublicKey key) {
		return ByteBuffer.allocate(34).putShort((short) HashAlgorithm.SHA256.algId())
				.put(HashAlgorithm.SHA256.hash(key.getEncoded())).array();
	}

	/** A valid, signed label with random contents, sizes of an RSA key of {@code rsaBytes} and the given algorithms. */
	static Label random(SplittableRandom random, int rsaBytes, HashAlgorithm digestAlg, HashAlgorithm nameAlg) {
		long from = random.nextLong(0, 4_000_000_000_000L);
		return Label.builder().status(random.nextBoolean() ? LabelStatus.LOCAL : LabelStatus.MIGRATING)
				.validity(Instant.ofEpochMilli(from), Instant.ofEpochMilli(from + random.nextLong(0, 1L << 40)))
				.secret(bytes(random, rsaBytes))
				.digestAlgorithm(digestAlg)
				.uuidHash(bytes(random, digestAlg.digestLength()))
				.qemuDigest(bytes(random, digestAlg.digestLength()))
				.signerName(name(random, nameAlg))
				.recipientName(name(random, nameAlg))
				.build()
				.withSignature(bytes(random, rsaBytes));
	}

	/** A spread of valid labels: every digest and name algorithm, the smallest and largest RSA blocks. */
	static List<Label> variety(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Label> labels = new ArrayList<>();
		for (HashAlgorithm digestAlg : new HashAlgorithm[] { HashAlgorithm.SHA256, HashAlgorithm.SHA1 }) {
			for (HashAlgorithm nameAlg : HashAlgorithm.values()) {
				for (int rsaBytes : new int[] { 256, LabelRules.MIN_RSA_BLOCK, 384, LabelRules.MAX_RSA_BLOCK }) {
					labels.add(random(random, rsaBytes, digestAlg, nameAlg));
				}
			}
		}
		return labels;
	}

	/** A typical label: RSA-2048, SHA-256 throughout. */
	public static Label typical(long seed) {
		return random(new SplittableRandom(seed), 256, HashAlgorithm.SHA256, HashAlgorithm.SHA256);
	}

	/** A label of RSA-3072 keys, 256 bytes longer than a typical one. */
	public static Label rsa3072(long seed) {
		return random(new SplittableRandom(seed), 384, HashAlgorithm.SHA256, HashAlgorithm.SHA256);
	}

	/** The largest label v1 allows: RSA-4096 blocks, SHA-512 names. */
	public static Label largest(long seed) {
		return random(new SplittableRandom(seed), LabelRules.MAX_RSA_BLOCK, HashAlgorithm.SHA256, HashAlgorithm.SHA512);
	}

	static byte[] bytes(SplittableRandom random, int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] name(SplittableRandom random, HashAlgorithm alg) {
		return ByteBuffer.allocate(2 + alg.digestLength()).putShort((short) alg.algId())
				.put(bytes(random, alg.digestLength())).array();
	}
}
