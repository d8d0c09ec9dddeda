package org.vtpmconsole.agent.stateblob;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.vtpmconsole.label.StateKey;

/**
 * An AES-256 key for sealing one VM's state blobs for one purpose, derived from a state key with HKDF-SHA256
 * (RFC 5869): PRK = HMAC-SHA256(salt, state key), key = HMAC-SHA256(PRK, info ‖ 0x01), salt the fixed text
 * {@value #SALT_TEXT}, info = purpose label ‖ 0x00 ‖ VM UUID (16 bytes). The state key itself is not kept: a session
 * holds only this key and closes it (overwriting the bytes) when it ends. It never prints itself.
 */
public final class SealingKey implements AutoCloseable {
	static final String SALT_TEXT = "vtpm-console state blob sealing v1";
	private static final byte[] SALT = SALT_TEXT.getBytes(StandardCharsets.US_ASCII);

	private final byte[] key;
	private final UUID vm;
	private final SealPurpose purpose;
	private boolean closed;

	private SealingKey(byte[] key, UUID vm, SealPurpose purpose) {
		this.key = key;
		this.vm = vm;
		this.purpose = purpose;
	}

	public static SealingKey derive(StateKey stateKey, UUID vm, SealPurpose purpose) {
		byte[] ikm = stateKey.bytes();
		byte[] prk = null;
		try {
			prk = hmac(SALT, ikm);
			byte[] label = purpose.label();
			byte[] info = ByteBuffer.allocate(label.length + 1 + 16 + 1).put(label).put((byte) 0)
					.putLong(vm.getMostSignificantBits()).putLong(vm.getLeastSignificantBits()).put((byte) 1).array();
			return new SealingKey(hmac(prk, info), vm, purpose);
		} finally {
			Arrays.fill(ikm, (byte) 0);
			if (prk != null) {
				Arrays.fill(prk, (byte) 0);
			}
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has HmacSHA256", e);
		}
	}

	public UUID vm() {
		return vm;
	}

	public SealPurpose purpose() {
		return purpose;
	}

	/** The key as a JCE key for one cipher operation. */
	synchronized SecretKeySpec spec() {
		if (closed) {
			throw new IllegalStateException("sealing key already wiped");
		}
		return new SecretKeySpec(key, "AES");
	}

	@Override
	public synchronized void close() {
		Arrays.fill(key, (byte) 0);
		closed = true;
	}

	@Override
	public String toString() {
		return "SealingKey[" + purpose + " of VM " + vm + ", " + (closed ? "wiped" : "not shown") + "]";
	}
}
