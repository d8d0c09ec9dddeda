package org.vtpmconsole.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphrasesTest {

	@TempDir
	Path temp;

	private Path file(String content, String permissions) throws Exception {
		Path file = temp.resolve("passphrase");
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		return file;
	}

	@Test
	void readsAFileWithoutItsLineBreak() throws Exception {
		assertArrayEquals("s3cret pass ü".toCharArray(), Passphrases.fromFile(file("s3cret pass ü\r\n", "rw-------")));
		assertArrayEquals("  spaces kept ".toCharArray(), Passphrases.fromFile(file("  spaces kept ", "r--------")));
	}

	/** As docs/agent-config.md and ca-config.md say: a secret its group may read is refused too. */
	@Test
	void refusesAFileItsGroupOrOthersCanReadOrWrite() throws Exception {
		for (String permissions : new String[] { "rw-r--r--", "rw-r-----", "rw--w----", "rw----r--", "rw-----w-" }) {
			Path file = file("s3cret", permissions);
			PkiException refused = assertThrows(PkiException.class, () -> Passphrases.fromFile(file), permissions);
			assertTrue(refused.getMessage().contains("group or other users (" + permissions + "); chmod 600"),
					refused.getMessage());
			assertFalse(refused.getMessage().contains("s3cret"));
		}
	}

	@Test
	void refusesAPkcs12FileItsGroupCanRead() throws Exception {
		Path file = file("not even a keystore", "rw-r-----");
		PkiException refused = assertThrows(PkiException.class,
				() -> org.vtpmconsole.pki.tls.FleetTls.loadIdentity(file, "x".toCharArray()));
		assertTrue(refused.getMessage().startsWith("PKCS#12 file " + file + " is accessible to its group"),
				refused.getMessage());
	}

	@Test
	void refusesEmptyAndMissing() throws Exception {
		Path empty = file("\n", "rw-------");
		assertThrows(PkiException.class, () -> Passphrases.fromFile(empty));
		assertThrows(PkiException.class, () -> Passphrases.fromFile(temp.resolve("missing")));
		assertThrows(PkiException.class, () -> Passphrases.fromEnvironment("VTPM_TEST_SURELY_UNSET_VARIABLE"));
	}

	@Test
	void readsTheEnvironment() throws Exception {
		// PATH is set in every test environment; its value stands in for a passphrase
		assertArrayEquals(System.getenv("PATH").toCharArray(), Passphrases.fromEnvironment("PATH"));
	}
}
