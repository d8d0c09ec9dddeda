package org.vtpmconsole.agent.stateblob;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.vtpmconsole.agent.swtpm.StateBlob;

/**
 * The sealed form of one swtpm state blob (docs/gateway.md, "Sealed state blobs"): a 60-byte header in clear, then the
 * blob encrypted with AES-256-GCM under a {@link SealingKey}, the whole header as additional authenticated data, and
 * the 16-byte tag. Big-endian:
 *
 * <pre>
 *  0  8  magic "VTPMSEAL"
 *  8  1  version (1)
 *  9  1  purpose ({@link SealPurpose#id()})
 * 10  1  blob type (1 permanent, 2 volatile, 3 savestate: PTM_BLOB_TYPE_*)
 * 11  1  reserved, 0
 * 12 16  VM UUID
 * 28  8  capture epoch
 * 36  8  sealed at, milliseconds since 1970 (information only: freshness is the epoch's)
 * 44 12  GCM nonce, random
 * 56  4  n, the length of the plaintext blob
 * 60  n  ciphertext
 * 60+n 16 GCM tag
 * </pre>
 */
public record SealedBlob(SealPurpose purpose, StateBlob type, UUID vm, long epoch, long sealedAtMillis) {
	public static final byte[] MAGIC = "VTPMSEAL".getBytes(StandardCharsets.US_ASCII);
	public static final int VERSION = 1;
	public static final int HEADER_LENGTH = 60;
	private static final int NONCE_OFFSET = 44;
	private static final int NONCE_LENGTH = 12;
	private static final int LENGTH_OFFSET = 56;
	private static final int TAG_LENGTH = 16;
	/** What sealing adds to a blob. */
	public static final int OVERHEAD = HEADER_LENGTH + TAG_LENGTH;

	/** Seals {@code plaintext} as this blob; the caller keeps (and wipes) the plaintext. */
	public byte[] seal(SealingKey key, byte[] plaintext, SecureRandom random) {
		if (!key.vm().equals(vm) || key.purpose() != purpose) {
			throw new IllegalArgumentException(key + " does not seal " + this);
		}
		byte[] nonce = new byte[NONCE_LENGTH];
		random.nextBytes(nonce);
		ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).put((byte) VERSION).put((byte) purpose.id())
				.put((byte) type.type()).put((byte) 0).putLong(vm.getMostSignificantBits())
				.putLong(vm.getLeastSignificantBits()).putLong(epoch).putLong(sealedAtMillis).put(nonce)
				.putInt(plaintext.length);
		byte[] sealed = Arrays.copyOf(header.array(), HEADER_LENGTH + plaintext.length + TAG_LENGTH);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
			cipher.updateAAD(sealed, 0, HEADER_LENGTH);
			cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_LENGTH);
			return sealed;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has AES/GCM/NoPadding", e);
		}
	}

	/** The header of a sealed blob, checked for form only (nothing is authentic before {@link #open}). */
	public static SealedBlob readHeader(byte[] sealed) throws BlobRefusal {
		if (sealed.length < OVERHEAD || !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new BlobRefusal(BlobRefusal.Kind.NOT_SEALED, "the " + sealed.length + "-byte blob has no "
					+ "VTPMSEAL header: it is not a state blob the vTPM gateway sealed (a plaintext swtpm blob is never "
					+ "loaded)");
		}
		ByteBuffer header = ByteBuffer.wrap(sealed, 0, HEADER_LENGTH);
		int version = sealed[8] & 0xff;
		if (version != VERSION) {
			throw new BlobRefusal(BlobRefusal.Kind.MALFORMED, "the blob is sealed in format version " + version
					+ "; this gateway reads version " + VERSION);
		}
		long announced = Integer.toUnsignedLong(header.getInt(LENGTH_OFFSET));
		if (announced + OVERHEAD != sealed.length) {
			throw new BlobRefusal(BlobRefusal.Kind.MALFORMED, "the sealed blob announces " + announced
					+ " bytes of state but carries " + (sealed.length - OVERHEAD) + ": it was cut short or extended");
		}
		SealPurpose purpose = SealPurpose.ofId(sealed[9] & 0xff);
		StateBlob type = StateBlob.ofType(sealed[10] & 0xff);
		if (purpose == null || type == null || sealed[11] != 0) {
			throw new BlobRefusal(BlobRefusal.Kind.MALFORMED, String.format(
					"the sealed blob names an unknown purpose 0x%02x or blob type 0x%02x", sealed[9], sealed[10]));
		}
		UUID vm = new UUID(header.getLong(12), header.getLong(20));
		return new SealedBlob(purpose, type, vm, header.getLong(28), header.getLong(36));
	}

	/**
	 * Opens a blob sealed for {@code key}'s VM and purpose as the kind {@code expected}; returns the plaintext, which
	 * the caller wipes. Freshness is not judged here (see {@link StateBlobGuard}).
	 */
	public static Opened open(SealingKey key, StateBlob expected, byte[] sealed) throws BlobRefusal {
		SealedBlob header = readHeader(sealed);
		if (!header.vm().equals(key.vm())) {
			throw new BlobRefusal(BlobRefusal.Kind.OTHER_VM, "the blob is sealed for VM " + header.vm()
					+ ", not for VM " + key.vm());
		}
		if (header.purpose() != key.purpose() || header.type() != expected) {
			throw new BlobRefusal(BlobRefusal.Kind.WRONG_KIND, "the blob is sealed as the " + header.type()
					+ " state for " + header.purpose() + ", but is offered as the " + expected + " state for "
					+ key.purpose());
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key.spec(),
					new GCMParameterSpec(TAG_LENGTH * 8, sealed, NONCE_OFFSET, NONCE_LENGTH));
			cipher.updateAAD(sealed, 0, HEADER_LENGTH);
			byte[] plaintext = cipher.doFinal(sealed, HEADER_LENGTH, sealed.length - HEADER_LENGTH);
			return new Opened(header, plaintext);
		} catch (AEADBadTagException e) {
			throw new BlobRefusal(BlobRefusal.Kind.NOT_AUTHENTIC, "the " + header.type() + " blob of VM "
					+ header.vm() + " (capture " + header.epoch() + ") does not authenticate: a byte of it was changed, "
					+ "or another state key sealed it", e);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has AES/GCM/NoPadding", e);
		}
	}

	/** An authentic blob: its header and its plaintext (the caller wipes it). */
	public record Opened(SealedBlob header, byte[] plaintext) {
	}
}
