package org.vtpmconsole.agent.unix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AF_UNIX sockets through JNA: connect/accept, SO_PEERCRED, SCM_RIGHTS, errno in errors, no descriptor leaks. */
class UnixSocketTest {

	@TempDir
	Path dir;

	@Test
	void pairCarriesBytesBothWays() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			a.write(bytes("ping"));
			assertEquals("ping", readString(b, 4));
			b.write(bytes("pong"));
			assertEquals("pong", readString(a, 4));
			a.close();
			assertEquals(-1, b.read(new byte[1], 0, 1), "end of stream once the peer closed");
		}
	}

	@Test
	void readerKeepsWhatBelongsToTheNextMessageAndMakesRoomForIt() throws Exception {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket a = pair[0]; UnixSocket b = pair[1]) {
			SocketReader reader = new SocketReader(b, 8);
			a.write(new byte[] { 0, 2, 0, 0, 0, 7, 1, 2 });
			assertTrue(reader.fill(2));
			assertEquals(8, reader.available(), "one read takes all that is ready");
			assertEquals(2, reader.unsignedShortAt(0));
			assertEquals(7, reader.intAt(2));
			assertArrayEquals(new byte[] { 0, 2 }, reader.take(2));
			a.write(new byte[] { 3, 4 });
			assertTrue(reader.fill(8), "the six unread bytes move to the front, the next two fit behind them");
			assertArrayEquals(new byte[] { 0, 0, 0, 7, 1, 2, 3, 4 }, reader.take(8));
			assertEquals(0, reader.available());
			assertThrows(IndexOutOfBoundsException.class, () -> reader.intAt(0));
			assertThrows(IllegalArgumentException.class, () -> reader.fill(9));
			a.write(new byte[] { 5 });
			a.close();
			assertFalse(reader.fill(2), "the stream ended one byte short");
			assertEquals(1, reader.available());
		}
	}

	@Test
	void acceptedConnectionKnowsThePeersPidUidAndGid() throws Exception {
		try (UnixServerSocket server = UnixServerSocket.bind(dir.resolve("s.sock"))) {
			CompletableFuture<UnixSocket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
			try (UnixSocket client = UnixSocket.connect(server.path());
					UnixSocket connection = accepted.get(5, TimeUnit.SECONDS)) {
				PeerCredentials peer = connection.peerCredentials();
				assertEquals(ProcessHandle.current().pid(), peer.pid());
				assertEquals(uid(), peer.uid());
				client.write(bytes("hello"));
				assertEquals("hello", readString(connection, 5));
			}
		}
		assertTrue(Files.notExists(dir.resolve("s.sock")), "the socket file goes with the server");
	}

	@Test
	void descriptorPassedWithScmRightsIsAWorkingCopy() throws Exception {
		UnixSocket[] control = UnixSocket.pair();
		UnixSocket[] data = UnixSocket.pair();
		try (UnixSocket sender = control[0]; UnixSocket receiver = control[1]; UnixSocket kept = data[0]) {
			sender.sendWithDescriptor(bytes("FD"), data[1].fd());
			data[1].close();
			byte[] buffer = new byte[2];
			UnixSocket.Received received = receiver.receive(buffer, 0, 2);
			assertEquals(2, received.length());
			assertEquals(1, received.fds().size());
			try (UnixSocket passed = UnixSocket.adopt(received.fds().get(0))) {
				passed.write(bytes("via passed fd"));
				assertEquals("via passed fd", readString(kept, 13));
			}
		}
	}

	@Test
	void failuresNameTheCallAndErrno() {
		UnixException missing = assertThrows(UnixException.class, () -> UnixSocket.connect(dir.resolve("none.sock")));
		assertEquals(2, missing.errno());
		assertTrue(missing.getMessage().contains("connect to " + dir.resolve("none.sock")), missing.getMessage());
		assertTrue(missing.getMessage().contains("errno 2"), missing.getMessage());
		UnixException tooLong = assertThrows(UnixException.class,
				() -> UnixServerSocket.bind(dir.resolve("x".repeat(120))));
		assertTrue(tooLong.getMessage().contains("limit is 107"), tooLong.getMessage());
	}

	@Test
	void closingTheServerWakesABlockedAccept() throws Exception {
		UnixServerSocket server = UnixServerSocket.bind(dir.resolve("w.sock"));
		CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				server.accept().close();
				return null;
			} catch (IOException e) {
				return e;
			}
		});
		Thread.sleep(100);
		server.close();
		assertTrue(waiting.get(5, TimeUnit.SECONDS) instanceof UnixException);
	}

	@Test
	void manyConnectionsLeakNoDescriptor() throws Exception {
		try (UnixServerSocket server = UnixServerSocket.bind(dir.resolve("leak.sock"))) {
			roundTrips(server, 20); // warm up JNA and the thread pool
			long before = openDescriptors();
			roundTrips(server, 500);
			UnixSocket[] control = UnixSocket.pair();
			for (int i = 0; i < 200; i++) {
				UnixSocket[] pair = UnixSocket.pair();
				control[0].sendWithDescriptor(bytes("F"), pair[1].fd());
				UnixSocket.Received received = control[1].receive(new byte[1], 0, 1);
				received.fds().forEach(UnixSocket::closeDescriptor);
				pair[0].close();
				pair[1].close();
			}
			control[0].close();
			control[1].close();
			long after = openDescriptors();
			// the JVM opens and closes a few descriptors of its own meanwhile; a leak would show hundreds
			assertTrue(after <= before + 3, "descriptors before " + before + ", after 700 uses " + after);
		}
	}

	private static void roundTrips(UnixServerSocket server, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			CompletableFuture<UnixSocket> accepted = CompletableFuture.supplyAsync(() -> accept(server));
			try (UnixSocket client = UnixSocket.connect(server.path());
					UnixSocket connection = accepted.get(5, TimeUnit.SECONDS)) {
				client.write(bytes("x"));
				readString(connection, 1);
			}
		}
	}

	private static UnixSocket accept(UnixServerSocket server) {
		try {
			return server.accept();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long openDescriptors() throws IOException {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		}
	}

	private static int uid() throws IOException {
		return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String readString(UnixSocket socket, int length) throws IOException {
		byte[] buffer = new byte[length];
		socket.readFully(buffer, 0, length);
		return new String(buffer, StandardCharsets.US_ASCII);
	}
}
