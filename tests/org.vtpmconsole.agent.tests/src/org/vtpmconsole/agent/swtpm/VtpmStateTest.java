package org.vtpmconsole.agent.swtpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.StateKey;

/** Moving a vTPM's state from one state key to another over swtpm's control channel, on real swtpm. */
class VtpmStateTest {
	private static final SecureRandom RANDOM = new SecureRandom();

	@TempDir
	Path dir;

	@Test
	void permanentStateMovesToTheNewKeyAndNothingElseIsInvented() throws Exception {
		Path from = Files.createDirectories(dir.resolve("from"));
		Path to = Files.createDirectories(dir.resolve("to"));
		try (StateKey oldKey = StateKey.generate(RANDOM); StateKey newKey = StateKey.generate(RANDOM)) {
			try (DirectVtpm vtpm = DirectVtpm.start(from, dir.resolve("run"), oldKey)) {
				NvCommands.defineAndWrite(vtpm, SwtpmDriverTest.MARKER);
			}
			try (VtpmState state = VtpmState.read(from, dir.resolve("run"), oldKey)) {
				assertEquals(Set.of(StateBlob.PERMANENT), state.kinds(), "a TPM 2.0 after CMD_SHUTDOWN: no volatile state");
				state.writeTo(to, dir.resolve("run"), newKey);
			}
			assertFalse(SwtpmProcess.holdsVolatileState(to));
			assertEquals(List.of(), StateFiles.containing(to, SwtpmDriverTest.MARKER), "encrypted from the first byte");
			assertTrue(assertThrows(IOException.class, () -> VtpmState.requireOpens(to, dir.resolve("run"), oldKey))
					.getMessage().contains("HMAC"));
			try (DirectVtpm moved = DirectVtpm.start(to, dir.resolve("run"), newKey)) {
				assertArrayEquals(SwtpmDriverTest.MARKER, NvCommands.read(moved, SwtpmDriverTest.MARKER.length));
			}
		}
	}

	@Test
	void aStoredVolatileStateMovesToo() throws Exception {
		Path from = Files.createDirectories(dir.resolve("from"));
		Path to = Files.createDirectories(dir.resolve("to"));
		try (StateKey oldKey = StateKey.generate(RANDOM); StateKey newKey = StateKey.generate(RANDOM)) {
			try (DirectVtpm vtpm = DirectVtpm.start(from, dir.resolve("run"), oldKey)) {
				vtpm.control().storeVolatile();
			}
			assertTrue(SwtpmProcess.holdsVolatileState(from));
			try (VtpmState state = VtpmState.read(from, dir.resolve("run"), oldKey)) {
				assertEquals(Set.of(StateBlob.PERMANENT, StateBlob.VOLATILE), state.kinds());
				state.writeTo(to, dir.resolve("run"), newKey);
			}
			assertTrue(SwtpmProcess.holdsVolatileState(to), "the new state resumes where the old one would have");
			VtpmState.requireOpens(to, dir.resolve("run"), newKey);
		}
	}

	@Test
	void aDirectoryWithoutPermanentStateIsNoVtpm() throws Exception {
		Path empty = Files.createDirectories(dir.resolve("empty"));
		try (StateKey key = StateKey.generate(RANDOM)) {
			assertTrue(assertThrows(IOException.class, () -> VtpmState.read(empty, dir.resolve("run"), key))
					.getMessage().contains("has no permanent state"));
		}
	}
}
