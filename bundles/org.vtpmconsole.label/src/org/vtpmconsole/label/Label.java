package org.vtpmconsole.label;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A vTPM label (SPEC §4.1), immutable. A label is either signed or not yet signed: {@link #builder()} and every
 * {@code with...} method except {@link #withSignature(byte[])} give an unsigned label, because the old signature
 * no longer covers the changed content. Only a signed label can be {@link #encode() encoded}. Every instance holds
 * values the v1 format accepts; building one from values {@link LabelCodec#decode(byte[])} would refuse throws
 * {@link IllegalArgumentException} with the decoder's message.
 */
public final class Label {
	private static final byte[] UNSIGNED = new byte[0];

	private final LabelStatus status;
	private final long notBefore;
	private final long notAfter;
	private final byte[] secret;
	private final HashAlgorithm digestAlg;
	private final byte[] uuidHash;
	private final byte[] qemuDigest;
	private final byte[] signerName;
	private final byte[] recipientName;
	private final byte[] signedBytes;
	private final byte[] signature;

	Label(LabelStatus status, long notBefore, long notAfter, byte[] secret, HashAlgorithm digestAlg, byte[] uuidHash,
			byte[] qemuDigest, byte[] signerName, byte[] recipientName, byte[] signedBytes, byte[] signature) {
		this.status = status;
		this.notBefore = notBefore;
		this.notAfter = notAfter;
		this.secret = secret;
		this.digestAlg = digestAlg;
		this.uuidHash = uuidHash;
		this.qemuDigest = qemuDigest;
		this.signerName = signerName;
		this.recipientName = recipientName;
		this.signedBytes = signedBytes;
		this.signature = signature;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this label's values, without its signature. */
	public Builder toBuilder() {
		return new Builder().status(status).validity(notBefore(), notAfter()).secret(secret).digestAlgorithm(digestAlg)
				.uuidHash(uuidHash).qemuDigest(qemuDigest).signerName(signerName).recipientName(recipientName);
	}

	/** H(the VM's UUID as 36 lowercase ASCII characters), the value of uuidHash. */
	public static byte[] uuidHash(HashAlgorithm digestAlg, UUID vm) {
		return digestAlg.hash(vm.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	public LabelStatus status() {
		return status;
	}

	public Instant notBefore() {
		return Instant.ofEpochMilli(notBefore);
	}

	public Instant notAfter() {
		return Instant.ofEpochMilli(notAfter);
	}

	/** The wrapped AES-256 state key: an RSA-OAEP(SHA-256) ciphertext for the recipient key. */
	public byte[] secret() {
		return secret.clone();
	}

	public HashAlgorithm digestAlgorithm() {
		return digestAlg;
	}

	public byte[] uuidHash() {
		return uuidHash.clone();
	}

	public byte[] qemuDigest() {
		return qemuDigest.clone();
	}

	/** TPM name (nameAlg ‖ H(TPMT_PUBLIC)) of the key that signed or will sign the label. */
	public byte[] signerName() {
		return signerName.clone();
	}

	/** TPM name of the key the secret is wrapped to. */
	public byte[] recipientName() {
		return recipientName.clone();
	}

	/** TPM_ALG_ID of the signature scheme; v1 knows only RSASSA (0x0014). */
	public int sigScheme() {
		return LabelRules.SIG_SCHEME_RSASSA;
	}

	/** TPM_ALG_ID of the signature's hash; v1 knows only SHA-256 (0x000B). */
	public int sigHash() {
		return LabelRules.SIG_HASH_SHA256;
	}

	public boolean isSigned() {
		return signature.length > 0;
	}

	/** The RSASSA-PKCS1-v1_5 signature; empty while unsigned. */
	public byte[] signature() {
		return signature.clone();
	}

	/** What the signature covers: every byte from magic up to and including sigHash. */
	public byte[] signedBytes() {
		return signedBytes.clone();
	}

	/** The v1 encoding. */
	public byte[] encode() {
		if (!isSigned()) {
			throw new IllegalStateException("label is not signed: sign signedBytes() and use withSignature()");
		}
		byte[] encoded = Arrays.copyOf(signedBytes, signedBytes.length + 2 + signature.length);
		encoded[signedBytes.length] = (byte) (signature.length >>> 8);
		encoded[signedBytes.length + 1] = (byte) signature.length;
		System.arraycopy(signature, 0, encoded, signedBytes.length + 2, signature.length);
		return encoded;
	}

	/** This label signed with {@code signature} (taken over {@link #signedBytes()}). */
	public Label withSignature(byte[] signature) {
		try {
			LabelCodec.checkSignature(signedBytes.length, signature);
		} catch (LabelFormatException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		return new Label(status, notBefore, notAfter, secret, digestAlg, uuidHash, qemuDigest, signerName,
				recipientName, signedBytes, signature.clone());
	}

	public Label withStatus(LabelStatus newStatus) {
		return toBuilder().status(newStatus).build();
	}

	public Label withValidity(Instant newNotBefore, Instant newNotAfter) {
		return toBuilder().validity(newNotBefore, newNotAfter).build();
	}

	public Label withSecret(byte[] newSecret) {
		return toBuilder().secret(newSecret).build();
	}

	public Label withSignerName(byte[] newSignerName) {
		return toBuilder().signerName(newSignerName).build();
	}

	public Label withRecipientName(byte[] newRecipientName) {
		return toBuilder().recipientName(newRecipientName).build();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Label label && Arrays.equals(signedBytes, label.signedBytes)
				&& Arrays.equals(signature, label.signature);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(signedBytes) + Arrays.hashCode(signature);
	}

	@Override
	public String toString() {
		return "Label[" + status + ", " + notBefore() + " .. " + notAfter() + ", " + digestAlg + ", "
				+ (isSigned() ? "signed" : "unsigned") + "]";
	}

	/** Collects label values; {@link #build()} checks them against the v1 format. */
	public static final class Builder {
		private LabelStatus status;
		private Instant notBefore;
		private Instant notAfter;
		private byte[] secret;
		private HashAlgorithm digestAlg = HashAlgorithm.SHA256;
		private byte[] uuidHash;
		private byte[] qemuDigest;
		private byte[] signerName;
		private byte[] recipientName;

		private Builder() {
		}

		public Builder status(LabelStatus value) {
			status = value;
			return this;
		}

		public Builder validity(Instant from, Instant until) {
			notBefore = from;
			notAfter = until;
			return this;
		}

		public Builder secret(byte[] value) {
			secret = value.clone();
			return this;
		}

		/** SHA-256 unless set. */
		public Builder digestAlgorithm(HashAlgorithm value) {
			digestAlg = value;
			return this;
		}

		public Builder uuidHash(byte[] value) {
			uuidHash = value.clone();
			return this;
		}

		public Builder qemuDigest(byte[] value) {
			qemuDigest = value.clone();
			return this;
		}

		public Builder signerName(byte[] value) {
			signerName = value.clone();
			return this;
		}

		public Builder recipientName(byte[] value) {
			recipientName = value.clone();
			return this;
		}

		/** An unsigned label; IllegalArgumentException names the first field v1 cannot hold. */
		public Label build() {
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(notBefore, "notBefore");
			Objects.requireNonNull(notAfter, "notAfter");
			Objects.requireNonNull(secret, "secret");
			Objects.requireNonNull(digestAlg, "digestAlg");
			Objects.requireNonNull(uuidHash, "uuidHash");
			Objects.requireNonNull(qemuDigest, "qemuDigest");
			Objects.requireNonNull(signerName, "signerName");
			Objects.requireNonNull(recipientName, "recipientName");
			long from = millis("notBefore", notBefore);
			long until = millis("notAfter", notAfter);
			try {
				byte[] signed = LabelCodec.encodeSigned(status, from, until, secret, digestAlg, uuidHash, qemuDigest,
						signerName, recipientName);
				return new Label(status, from, until, secret, digestAlg, uuidHash, qemuDigest, signerName,
						recipientName, signed, UNSIGNED);
			} catch (LabelFormatException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		}

		private static long millis(String field, Instant time) {
			try {
				return time.toEpochMilli();
			} catch (ArithmeticException e) {
				throw new IllegalArgumentException("label: field '" + field + "': " + time + " is out of range", e);
			}
		}
	}
}
