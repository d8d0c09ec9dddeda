package org.vtpmconsole.tpm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A link sniffer for the TPM's data channel: a real TCP relay between a TPM client and swtpm that records every byte
 * in both directions, and on request flips a bit of the next response (an active attacker on the link).
 */
final class RecordingRelay implements AutoCloseable {
	private final ServerSocket server;
	private final int targetPort;
	private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
	private volatile int responsesBeforeFlip = -1;
	private volatile Socket client;
	private volatile Socket target;

	RecordingRelay(int targetPort) throws IOException {
		this.targetPort = targetPort;
		server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::serve, "recording-relay");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The TPM name that goes through the relay. */
	String address() {
		return "swtpm:127.0.0.1:" + server.getLocalPort();
	}

	/** Everything that crossed the link so far. */
	synchronized byte[] recorded() {
		return recorded.toByteArray();
	}

	synchronized void clear() {
		recorded.reset();
	}

	/** After {@code passing} more responses, the next one reaches the client with its last byte flipped. */
	void flipNextResponseAfter(int passing) {
		responsesBeforeFlip = passing;
	}

	private void serve() {
		try {
			while (!server.isClosed()) {
				Socket accepted = server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				accepted.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				client = accepted;
				target = upstream;
				Thread commands = new Thread(() -> copyCommands(accepted, upstream), "relay-commands");
				commands.setDaemon(true);
				commands.start();
				copyResponses(upstream, accepted);
			}
		} catch (IOException e) {
			// closed
		}
	}

	private void copyCommands(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			byte[] buffer = new byte[8192];
			int read;
			while ((read = in.read(buffer)) > 0) {
				record(buffer, read);
				out.write(buffer, 0, read);
			}
		} catch (IOException e) {
			// one side closed
		} finally {
			closeQuietly(to);
		}
	}

	/** Response by response (the TPM header says how long), so a flip can hit a response's last byte. */
	private void copyResponses(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			while (true) {
				byte[] header = in.readNBytes(10);
				if (header.length < 10)
					return;
				int size = ((header[2] & 0xff) << 24) | ((header[3] & 0xff) << 16) | ((header[4] & 0xff) << 8)
						| (header[5] & 0xff);
				byte[] response = new byte[size];
				System.arraycopy(header, 0, response, 0, 10);
				byte[] rest = in.readNBytes(size - 10);
				System.arraycopy(rest, 0, response, 10, rest.length);
				record(response, response.length);
				if (responsesBeforeFlip == 0)
					response[size - 1] ^= 0x01;
				if (responsesBeforeFlip >= 0)
					responsesBeforeFlip--;
				out.write(response);
			}
		} catch (IOException e) {
			// one side closed
		} finally {
			closeQuietly(to);
		}
	}

	private synchronized void record(byte[] bytes, int length) {
		recorded.write(bytes, 0, length);
	}

	/** Whether {@code needle} occurs anywhere in what was recorded. */
	boolean sawBytes(byte[] needle) {
		byte[] haystack = recorded();
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++)
				if (haystack[i + j] != needle[j])
					continue outer;
			return true;
		}
		return false;
	}

	@Override
	public void close() {
		closeQuietly(server);
		closeQuietly(client);
		closeQuietly(target);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null)
			return;
		try {
			closeable.close();
		} catch (Exception e) {
			// already closed
		}
	}
}
