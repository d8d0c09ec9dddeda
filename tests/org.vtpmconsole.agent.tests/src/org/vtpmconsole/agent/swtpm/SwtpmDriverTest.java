package org.vtpmconsole.agent.swtpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.unix.SocketReader;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/** The per-VM swtpm with its state key on stdin, its control protocol, and the TPM frame reader. */
class SwtpmDriverTest {
	static final byte[] MARKER = "vtpm-console-plaintext-marker-01".getBytes(StandardCharsets.US_ASCII);
	private static final SecureRandom RANDOM = new SecureRandom();

	@TempDir
	Path dir;

	@Test
	void stateIsEncryptedAndOpensOnlyWithItsKey() throws Exception {
		Path state = Files.createDirectories(dir.resolve("state"));
		try (StateKey key = StateKey.generate(RANDOM)) {
			try (DirectVtpm vtpm = DirectVtpm.start(state, dir.resolve("run"), key)) {
				assertEquals(0x1, vtpm.control().config() & 0x1, "swtpm reports a file key (CMD_GET_CONFIG)");
				NvCommands.defineAndWrite(vtpm, MARKER);
			}
			assertTrue(StateFiles.totalBytes(state) > 1000, "swtpm wrote its state");
			assertEquals(List.of(), StateFiles.containing(state, MARKER), "no state file holds the marker in plaintext");
			try (DirectVtpm again = DirectVtpm.start(state, dir.resolve("run"), key)) {
				assertArrayEquals(MARKER, NvCommands.read(again, MARKER.length));
			}
		}
		try (StateKey wrong = StateKey.generate(RANDOM)) {
			IOException refused = assertThrows(IOException.class, () -> DirectVtpm.start(state, dir.resolve("run"), wrong)
					.close());
			assertTrue(refused.getMessage().contains("HMAC"), refused.getMessage());
		}
		try (Stream<Path> run = Files.list(dir.resolve("run"))) {
			assertEquals(Set.of("swtpm.log", "swtpm.pid"), run.map(path -> path.getFileName().toString())
					.collect(Collectors.toSet()), "swtpm's control channel was never a socket in the file system");
		}
	}

	@Test
	void keyNeverAppearsOnTheCommandLineOrInLogs() throws Exception {
		Path state = Files.createDirectories(dir.resolve("state"));
		try (StateKey key = StateKey.generate(RANDOM); DirectVtpm vtpm = DirectVtpm.start(state, dir.resolve("run"), key)) {
			long pid = Long.parseLong(Files.readString(dir.resolve("run/swtpm.pid")).strip());
			String cmdline = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
			String hexKey = HexFormat.of().formatHex(key.bytes());
			assertTrue(cmdline.contains("fd=0"), cmdline);
			assertFalse(cmdline.contains(hexKey));
			assertEquals(List.of(), StateFiles.containing(dir, key.bytes()));
			assertEquals(List.of(), StateFiles.containing(dir, hexKey.getBytes(StandardCharsets.US_ASCII)));
		}
	}

	@Test
	void controlRequestsAreReadWholeAndUnknownOnesRefused() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket qemu = pair[0]; UnixSocket gateway = pair[1]) {
			qemu.write(HexFormat.of().parseHex("00000002" + "00000000")); // CMD_INIT, flags 0
			qemu.write(HexFormat.of().parseHex("0000000d" + "00000000" + "00000001" + "00000003" + "aabbcc"));
			ControlRequest init = ControlRequest.read(gateway).orElseThrow();
			assertEquals(ControlCommand.INIT, init.command());
			assertEquals(8, init.bytes().length);
			ControlRequest blob = ControlRequest.read(gateway).orElseThrow();
			assertEquals(ControlCommand.SET_STATEBLOB, blob.command());
			assertEquals(4 + 12 + 3, blob.bytes().length);
			qemu.write(HexFormat.of().parseHex("000000ff"));
			assertThrows(ControlProtocolException.class, () -> ControlRequest.read(gateway));
		}
		assertEquals(0x10, ControlCommand.SET_DATAFD.code());
		assertEquals(0x0c, ControlCommand.GET_STATEBLOB.code());
	}

	@Test
	void framesWithABadTagOrSizeAreMalformed() throws Exception {
		for (String bad : List.of("1234" + "0000000a" + "00000000", "8001" + "00000009" + "00000000",
				"8001" + "00100000" + "00000000")) {
			UnixSocket[] pair = UnixSocket.pair();
			try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
				a.write(HexFormat.of().parseHex(bad));
				assertThrows(TpmFrame.MalformedFrameException.class, () -> TpmFrame.read(TpmFrame.reader(b)), bad);
			}
		}
	}

	@Test
	void framesAreCutFromTheStreamWhateverPiecesTheyArriveIn() throws Exception {
		byte[] getRandom = HexFormat.of().parseHex("80010000000c0000017b0008");
		byte[] startup = HexFormat.of().parseHex("80010000000c000001440000");
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			SocketReader frames = TpmFrame.reader(b);
			a.write(Arrays.copyOfRange(getRandom, 0, 3)); // inside the header
			CompletableFuture<TpmFrame> first = CompletableFuture.supplyAsync(() -> readFrame(frames));
			Thread.sleep(50);
			a.write(Arrays.copyOfRange(getRandom, 3, 12));
			assertArrayEquals(getRandom, first.get(5, TimeUnit.SECONDS).bytes());
			a.write(concat(startup, getRandom)); // two frames in one write: the second stays for the next read
			TpmFrame second = TpmFrame.read(frames).orElseThrow();
			assertEquals(0x144, second.code());
			assertArrayEquals(startup, second.bytes());
			assertArrayEquals(getRandom, TpmFrame.read(frames).orElseThrow().bytes());
			a.write(Arrays.copyOfRange(startup, 0, 11));
			a.close();
			EOFException cut = assertThrows(EOFException.class, () -> TpmFrame.read(frames));
			assertTrue(cut.getMessage().contains("after 11 of a TPM frame's 12 bytes"), cut.getMessage());
		}
	}

	@Test
	void streamEndingBetweenFramesIsNoFrame() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			a.close();
			assertTrue(TpmFrame.read(TpmFrame.reader(b)).isEmpty());
		}
	}

	private static TpmFrame readFrame(SocketReader frames) {
		try {
			return TpmFrame.read(frames).orElseThrow();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
