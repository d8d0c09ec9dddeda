package org.vtpmconsole.pki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the root key's passphrase comes from: a file or an environment variable, never the command line
 * (visible in /proc/PID/cmdline and shell history). The caller owns the returned array and should wipe it with
 * {@code Arrays.fill(passphrase, '\0')} once the CA is open; nothing here keeps a copy.
 */
public final class Passphrases {

	private Passphrases() {
	}

	/**
	 * The file's content as UTF-8, without one trailing line break. Refuses a file its group or other users may read
	 * or write ({@link SecretFiles}).
	 */
	public static char[] fromFile(Path file) throws PkiException {
		byte[] bytes = null;
		try {
			SecretFiles.requireOwnerOnly(file, "passphrase file");
			bytes = Files.readAllBytes(file);
			return withoutLineBreak(decode(bytes), file.toString());
		} catch (CharacterCodingException e) {
			throw new PkiException("passphrase file " + file + " is not UTF-8");
		} catch (IOException e) {
			throw new PkiException("cannot read passphrase file " + file + ": " + e.getClass().getSimpleName());
		} finally {
			if (bytes != null) {
				Arrays.fill(bytes, (byte) 0);
			}
		}
	}

	/**
	 * The value of an environment variable. Java keeps environment values as Strings, which cannot be wiped;
	 * prefer a file where that matters.
	 */
	public static char[] fromEnvironment(String variable) throws PkiException {
		String value = System.getenv(variable);
		if (value == null || value.isEmpty()) {
			throw new PkiException("environment variable " + variable + " holds no passphrase");
		}
		return value.toCharArray();
	}

	private static char[] decode(byte[] bytes) throws CharacterCodingException {
		CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
		try {
			return Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
		} finally {
			Arrays.fill(decoded.array(), '\0');
		}
	}

	private static char[] withoutLineBreak(char[] chars, String source) throws PkiException {
		int end = chars.length;
		if (end > 0 && chars[end - 1] == '\n') {
			end--;
			if (end > 0 && chars[end - 1] == '\r') {
				end--;
			}
		}
		char[] result = Arrays.copyOf(chars, end);
		Arrays.fill(chars, '\0');
		if (result.length == 0) {
			throw new PkiException("passphrase file " + source + " is empty");
		}
		return result;
	}
}
