package org.vtpmconsole.tpm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import org.vtpmconsole.tpm.verify.Kdfa;
import org.vtpmconsole.tpm.verify.TpmHash;

import tss.tpm.StartAuthSessionResponse;
import tss.tpm.TPMT_SYM_DEF;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;
import tss.tpm.TPM_SE;

/**
 * Commands that use a key's authValue, each in its own salted, unbound HMAC session with AES-128-CFB parameter
 * encryption (TPM 2.0 Part 1, 19.6 and 21). TSS.Java 1.0.0 cannot do this (it writes only password and policy
 * sessions and its HMAC and parameter-encryption hooks are empty), so the command's session area is built and the
 * response's checked here:
 * <ul>
 * <li>the salt travels RSA-OAEP-encrypted to the SRK, so a sniffer of the TPM link cannot derive the session key;</li>
 * <li>the HMAC key and the CFB key are the session key followed by the authorized key's authValue, so only a holder
 * of the authValue can authorize the command or read its encrypted parameter, and a changed response fails its
 * HMAC.</li>
 * </ul>
 * The session ends with its command (continueSession clear), so no nonce state outlives an operation.
 */
final class SaltedSessions {
	/** The first command parameter (a TPM2B) travels encrypted. */
	static final int ENCRYPT_COMMAND = 0x20;
	/** The first response parameter (a TPM2B) travels encrypted. */
	static final int ENCRYPT_RESPONSE = 0x40;

	private static final int TPM_ST_SESSIONS = 0x8002;
	private static final int TPM_RS_PW = 0x40000009;
	private static final int PASSWORD_ATTRIBUTES = 0x01;
	private static final int RETRY = 0x922;
	private static final int MAX_RETRIES = 8;
	private static final TpmHash HASH = TpmHash.SHA256;
	private static final int NONCE_BYTES = 32;
	private static final int AES_BYTES = 16;
	private static final OAEPParameterSpec SALT_OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			// the label includes its terminating zero byte (Part 1, B.10.4)
			new PSource.PSpecified("SECRET\0".getBytes(StandardCharsets.US_ASCII)));

	/** How one handle of a command is authorized; sessions follow the handles' order. */
	sealed interface Authorization {
	}

	/** By the salted HMAC session with this authValue (at most one handle per command). */
	record ByAuthValue(byte[] authValue) implements Authorization {
	}

	/** By an empty password (SRK, AIK, owner: objects whose authValue is empty by design). */
	record ByEmptyPassword() implements Authorization {
	}

	/** By a policy session the caller has started and satisfied. */
	record ByPolicy(TPM_HANDLE session) implements Authorization {
	}

	/** A handle that needs authorization, with its TPM name (the cpHash covers the names). */
	record AuthorizedHandle(TPM_HANDLE handle, byte[] name, Authorization authorization) {
	}

	private final TpmChannel channel;
	private final PersistentKeys keys;
	private final SecureRandom random = new SecureRandom();

	SaltedSessions(TpmChannel channel, PersistentKeys keys) {
		this.channel = channel;
		this.keys = keys;
	}

	/**
	 * Sends one command whose handles all need authorization, the one {@link ByAuthValue} handle through a fresh salted
	 * session; returns the response parameters, the encrypted one decrypted (wipe them when they hold a secret).
	 *
	 * @param parameters the command parameters without handles, as TSS.Java's request structures marshal them
	 * @param encryption {@link #ENCRYPT_COMMAND} and/or {@link #ENCRYPT_RESPONSE}
	 */
	byte[] send(String what, int commandCode, List<AuthorizedHandle> handles, byte[] parameters, int encryption)
			throws TpmException {
		byte[] authValue = handles.stream().map(AuthorizedHandle::authorization).filter(ByAuthValue.class::isInstance)
				.map(a -> ((ByAuthValue) a).authValue()).reduce((a, b) -> {
					throw new IllegalArgumentException("one authValue session per command");
				}).orElseThrow(() -> new IllegalArgumentException("no handle is authorized by an authValue"));
		byte[] salt = randomBytes();
		byte[] sessionValue = null;
		TPM_HANDLE session = null;
		boolean consumed = false;
		try {
			byte[] nonceStart = randomBytes();
			byte[] encryptedSalt = encryptSalt(salt);
			StartAuthSessionResponse started = channel.command("StartAuthSession (salted to the SRK) for " + what,
					tpm -> tpm.StartAuthSession(PersistentKeys.handle(KeyRole.SRK), TPM_HANDLE.NULL, nonceStart,
							encryptedSalt, TPM_SE.HMAC, new TPMT_SYM_DEF(TPM_ALG_ID.AES, AES_BYTES * 8, TPM_ALG_ID.CFB),
							TPM_ALG_ID.SHA256));
			session = started.handle;
			byte[] sessionKey = Kdfa.derive(HASH, salt, "ATH", started.nonceTPM, nonceStart, HASH.digestLength() * 8);
			sessionValue = concat(sessionKey, authValue);
			Arrays.fill(sessionKey, (byte) 0);
			Session active = new Session(session, sessionValue, randomBytes(), started.nonceTPM, encryption);
			byte[] result = exchange(what, commandCode, handles, parameters, active);
			consumed = true;
			return result;
		} finally {
			Arrays.fill(salt, (byte) 0);
			if (sessionValue != null)
				Arrays.fill(sessionValue, (byte) 0);
			// a successful command ends the session; after a refusal the TPM keeps it, and it must not hold a slot
			if (session != null && !consumed)
				channel.flushQuietly(session);
		}
	}

	/** The session's state for its one command. */
	private record Session(TPM_HANDLE handle, byte[] sessionValue, byte[] nonceCaller, byte[] nonceTpm, int attributes) {
	}

	private byte[] exchange(String what, int commandCode, List<AuthorizedHandle> handles, byte[] parameters,
			Session session) throws TpmException {
		byte[] sent = (session.attributes() & ENCRYPT_COMMAND) != 0
				? cfb(Cipher.ENCRYPT_MODE, session, session.nonceCaller(), session.nonceTpm(), parameters)
				: parameters;
		byte[][] names = handles.stream().map(AuthorizedHandle::name).toArray(byte[][]::new);
		byte[] cpHash = HASH.digest(concat(int32(commandCode), concat(names), sent));
		byte[] hmac = Kdfa.hmac(HASH, session.sessionValue(), cpHash, session.nonceCaller(), session.nonceTpm(),
				new byte[] { (byte) session.attributes() });
		ByteBuffer auth = ByteBuffer.allocate(handles.size() * (4 + 2 + NONCE_BYTES + 1 + 2 + hmac.length));
		for (AuthorizedHandle handle : handles) {
			if (handle.authorization() instanceof ByAuthValue)
				auth.putInt(session.handle().handle).put(sized(session.nonceCaller())).put((byte) session.attributes())
						.put(sized(hmac));
			else
				auth.putInt(handle.authorization() instanceof ByPolicy policy ? policy.session().handle : TPM_RS_PW)
						.putShort((short) 0).put((byte) PASSWORD_ATTRIBUTES).putShort((short) 0);
		}
		int authSize = auth.position();
		ByteBuffer command = ByteBuffer.allocate(10 + 4 * handles.size() + 4 + authSize + sent.length);
		command.putShort((short) TPM_ST_SESSIONS).putInt(command.capacity()).putInt(commandCode);
		handles.forEach(handle -> command.putInt(handle.handle().handle));
		command.putInt(authSize).put(auth.array(), 0, authSize).put(sent);
		byte[] response = channel.raw(what, command.array());
		for (int retry = 0; retry < MAX_RETRIES && responseCode(response) == RETRY; retry++)
			response = channel.raw(what, command.array());
		int rc = responseCode(response);
		if (rc != ResponseCodes.SUCCESS)
			throw new TpmCommandException(what + " failed on " + channel.address() + ": " + ResponseCodes.describe(rc), rc);
		return openResponse(what, commandCode, handles, response, session);
	}

	private byte[] openResponse(String what, int commandCode, List<AuthorizedHandle> handles, byte[] response,
			Session session) throws TpmException {
		try {
			ByteBuffer in = ByteBuffer.wrap(response);
			if ((in.getShort() & 0xffff) != TPM_ST_SESSIONS)
				throw new TpmException(what + ": the response has no session area");
			in.getInt();
			in.getInt();
			byte[] parameters = new byte[in.getInt()];
			in.get(parameters);
			byte[] nonceTpm = null;
			int attributes = 0;
			byte[] hmac = null;
			for (AuthorizedHandle handle : handles) {
				byte[] nonce = readSized(in);
				int sessionAttributes = in.get() & 0xff;
				byte[] value = readSized(in);
				if (handle.authorization() instanceof ByAuthValue) {
					nonceTpm = nonce;
					attributes = sessionAttributes;
					hmac = value;
				}
			}
			if (in.hasRemaining() || nonceTpm == null)
				throw new TpmException(what + ": the response's session area does not match the command's sessions");
			byte[] rpHash = HASH.digest(concat(int32(ResponseCodes.SUCCESS), int32(commandCode), parameters));
			byte[] expected = Kdfa.hmac(HASH, session.sessionValue(), rpHash, nonceTpm, session.nonceCaller(),
					new byte[] { (byte) attributes });
			if (!MessageDigest.isEqual(expected, hmac))
				throw new TpmException(what + " on " + channel.address() + ": the response's HMAC does not verify;"
						+ " the answer was changed on its way from the TPM and is discarded");
			if ((session.attributes() & ENCRYPT_RESPONSE) == 0)
				return parameters;
			byte[] plain = cfb(Cipher.DECRYPT_MODE, session, nonceTpm, session.nonceCaller(), parameters);
			Arrays.fill(parameters, (byte) 0);
			return plain;
		} catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
			throw new TpmException(what + " on " + channel.address() + ": the response is truncated or malformed", e);
		}
	}

	/**
	 * AES-128-CFB over the data of the first parameter (a TPM2B; its size stays clear), with key and IV from
	 * KDFa(sessionValue, "CFB", nonceNewer, nonceOlder) (Part 1, 21.4).
	 */
	private static byte[] cfb(int mode, Session session, byte[] nonceNewer, byte[] nonceOlder, byte[] parameters) {
		if (parameters.length < 2)
			throw new IllegalArgumentException("no parameter to encrypt");
		int size = ((parameters[0] & 0xff) << 8) | (parameters[1] & 0xff);
		if (size > parameters.length - 2)
			throw new IllegalArgumentException("the first parameter is longer than the parameters");
		byte[] keyAndIv = Kdfa.derive(HASH, session.sessionValue(), "CFB", nonceNewer, nonceOlder, 2 * AES_BYTES * 8);
		byte[] out = parameters.clone();
		try {
			Cipher cipher = Cipher.getInstance("AES/CFB/NoPadding");
			cipher.init(mode, new SecretKeySpec(keyAndIv, 0, AES_BYTES, "AES"),
					new IvParameterSpec(keyAndIv, AES_BYTES, AES_BYTES));
			cipher.doFinal(parameters, 2, size, out, 2);
			return out;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java 17 runtime has AES-CFB", e);
		} finally {
			Arrays.fill(keyAndIv, (byte) 0);
		}
	}

	private byte[] encryptSalt(byte[] salt) throws TpmException {
		RSAPublicKey srk = keys.require(KeyRole.SRK).publicArea().rsaPublicKey();
		try {
			Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
			cipher.init(Cipher.ENCRYPT_MODE, srk, SALT_OAEP);
			return cipher.doFinal(salt);
		} catch (GeneralSecurityException e) {
			throw new TpmException("cannot encrypt the session salt to the SRK: " + e.getMessage(), e);
		}
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[NONCE_BYTES];
		random.nextBytes(bytes);
		return bytes;
	}

	private static int responseCode(byte[] response) {
		return ByteBuffer.wrap(response, 6, 4).getInt();
	}

	private static byte[] readSized(ByteBuffer in) {
		byte[] bytes = new byte[in.getShort() & 0xffff];
		in.get(bytes);
		return bytes;
	}

	private static byte[] sized(byte[] bytes) {
		return ByteBuffer.allocate(2 + bytes.length).putShort((short) bytes.length).put(bytes).array();
	}

	private static byte[] int32(int value) {
		return ByteBuffer.allocate(4).putInt(value).array();
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts)
			length += part.length;
		ByteBuffer all = ByteBuffer.allocate(length);
		for (byte[] part : parts)
			all.put(part);
		return all.array();
	}
}
