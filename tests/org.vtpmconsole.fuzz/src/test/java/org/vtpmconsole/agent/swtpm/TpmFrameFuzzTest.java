package org.vtpmconsole.agent.swtpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

import org.vtpmconsole.agent.unix.SocketReader;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * TPM command frames as a guest's QEMU sends them on the data channel, read from a real socket through the gateway's
 * buffered {@link SocketReader}. Only {@link TpmFrame.MalformedFrameException} and {@link EOFException} escape; each
 * frame read is the next piece of the stream, as long as its size field says, with its tag and code, and
 * {@link TpmFrame#of} accepts its bytes as the same frame.
 */
class TpmFrameFuzzTest {

	@FuzzTest
	void read(byte[] input) throws IOException {
		accepted(input);
	}

	@Test
	void everySeedIsAValidFrameStream() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.FRAME).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid frame stream");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) throws IOException {
		byte[] stream = FedSocket.sent(input);
		try (FedSocket fed = FedSocket.fedWith(stream, false)) {
			SocketReader reader = TpmFrame.reader(fed.gateway());
			int consumed = 0;
			while (true) {
				Optional<TpmFrame> next;
				try {
					next = TpmFrame.read(reader);
				} catch (TpmFrame.MalformedFrameException | EOFException e) {
					assertFalse(e.getMessage().isBlank());
					return false;
				}
				if (next.isEmpty()) {
					assertEquals(stream.length, consumed, "the stream ended between frames");
					return true;
				}
				TpmFrame frame = next.get();
				checkFrame(frame, Arrays.copyOfRange(stream, consumed, stream.length));
				consumed += frame.size();
			}
		}
	}

	private static void checkFrame(TpmFrame frame, byte[] rest) throws TpmFrame.MalformedFrameException {
		byte[] bytes = frame.bytes();
		assertArrayEquals(Arrays.copyOf(rest, bytes.length), bytes, "a frame is the next piece of the stream");
		ByteBuffer header = ByteBuffer.wrap(bytes);
		assertEquals(bytes.length, header.getInt(2), "the size field is the frame's length");
		assertTrue(bytes.length >= TpmFrame.HEADER_SIZE && bytes.length <= TpmFrame.MAX_SIZE);
		assertEquals(header.getShort(0) & 0xffff, frame.tag());
		assertEquals(header.getInt(6), frame.code());
		TpmFrame again = TpmFrame.of(bytes);
		assertEquals(frame.tag(), again.tag());
		assertEquals(frame.code(), again.code());
		assertArrayEquals(bytes, again.bytes());
	}
}
