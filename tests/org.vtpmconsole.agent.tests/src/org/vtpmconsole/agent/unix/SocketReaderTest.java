package org.vtpmconsole.agent.unix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The reader's buffer lives as long as its channel, and what passes through it can be secret (a vTPM's state blobs
 * during a key rotation, a guest's TPM commands): once taken, or moved by a compaction, no copy may stay behind.
 */
class SocketReaderTest {

	private static final byte[] SECRET = "state-blob-plaintext-0123456789".getBytes(StandardCharsets.US_ASCII);

	@Test
	void takenBytesDoNotLingerInTheBuffer() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			SocketReader reader = new SocketReader(b, 256);
			a.write(SECRET);
			assertTrue(reader.fill(SECRET.length));
			assertArrayEquals(SECRET, reader.take(SECRET.length));
			assertEquals(0, nonZeroBytes(reader));
		}
	}

	@Test
	void aCompactionLeavesNoCopyOfTheBytesItMoved() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			SocketReader reader = new SocketReader(b, 48);
			// 40 bytes: a 9-byte message taken, the rest waits; the next fill of 40 must compact to fit
			a.write(new byte[9]);
			a.write(SECRET);
			assertTrue(reader.fill(9 + SECRET.length));
			reader.take(9);
			a.write(new byte[9]);
			assertTrue(reader.fill(SECRET.length + 9));
			assertArrayEquals(SECRET, reader.take(SECRET.length));
			reader.take(9);
			assertEquals(0, nonZeroBytes(reader));
		}
	}

	private static int nonZeroBytes(SocketReader reader) throws ReflectiveOperationException {
		Field field = SocketReader.class.getDeclaredField("buffer");
		field.setAccessible(true);
		ByteBuffer buffer = (ByteBuffer) field.get(reader);
		int count = 0;
		for (int i = 0; i < buffer.capacity(); i++) {
			count += buffer.get(i) == 0 ? 0 : 1;
		}
		return count;
	}
}
