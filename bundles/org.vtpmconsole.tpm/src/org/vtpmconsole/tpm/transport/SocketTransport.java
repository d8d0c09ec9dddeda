package org.vtpmconsole.tpm.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * swtpm's data channel over TCP or a unix socket. Non-blocking with a selector so that every wait has a deadline:
 * swtpm accepts a second client but never answers it while the first is connected.
 */
public final class SocketTransport extends TpmTransport {
	private final SocketChannel channel;
	private final Selector selector;
	private final String description;
	private Duration readTimeout;

	private SocketTransport(SocketChannel channel, String description, Duration readTimeout) throws IOException {
		this.channel = channel;
		this.description = description;
		this.readTimeout = readTimeout;
		channel.configureBlocking(false);
		selector = Selector.open();
	}

	/** Connects to swtpm's TCP data port, with TCP_NODELAY (without it every command waits ~44 ms for Nagle). */
	public static SocketTransport tcp(String host, int port, Duration connectTimeout, Duration readTimeout) {
		String description = "swtpm at " + host + ":" + port;
		SocketChannel channel = null;
		try {
			channel = SocketChannel.open();
			channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
			channel.configureBlocking(false);
			SocketAddress address = new InetSocketAddress(host, port);
			if (!channel.connect(address))
				finishConnect(channel, connectTimeout, description);
			return new SocketTransport(channel, description, readTimeout);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new TransportException("cannot connect to " + description + ": " + reason(e)
					+ " (is swtpm running with --server type=tcp,port=" + port + "?)", e);
		} catch (RuntimeException e) {
			closeQuietly(channel);
			throw e;
		}
	}

	/** Connects to swtpm's unix-socket data channel ({@code --server type=unixio,path=...}). */
	public static SocketTransport unix(Path path, Duration readTimeout) {
		String description = "swtpm at unix socket " + path;
		if (!Files.exists(path))
			throw new TransportException("cannot connect to " + description + ": no such file"
					+ " (is swtpm running with --server type=unixio,path=" + path + "?)");
		SocketChannel channel = null;
		try {
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			channel.connect(UnixDomainSocketAddress.of(path));
			return new SocketTransport(channel, description, readTimeout);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new TransportException("cannot connect to " + description + ": " + reason(e), e);
		}
	}

	private static void finishConnect(SocketChannel channel, Duration timeout, String description) throws IOException {
		try (Selector connectSelector = Selector.open()) {
			channel.register(connectSelector, SelectionKey.OP_CONNECT);
			if (connectSelector.select(Math.max(1, timeout.toMillis())) == 0)
				throw new TransportException("cannot connect to " + description + ": no answer within "
						+ timeout.toMillis() + " ms");
			channel.finishConnect();
		}
	}

	/** How long to wait for each response; the factory sets a short one for its first probe. */
	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	protected byte[] exchange(byte[] command) {
		long deadline = System.nanoTime() + readTimeout.toNanos();
		try {
			ByteBuffer out = ByteBuffer.wrap(command);
			while (out.hasRemaining())
				if (channel.write(out) == 0)
					await(SelectionKey.OP_WRITE, deadline);
			ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
			readFully(header, deadline);
			int size = responseSize(header.array(), description);
			ByteBuffer response = ByteBuffer.allocate(size);
			response.put(header.array());
			readFully(response, deadline);
			return response.array();
		} catch (IOException e) {
			throw new TransportException("lost the connection to " + description + ": " + reason(e), e);
		}
	}

	private void readFully(ByteBuffer buffer, long deadline) throws IOException {
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer);
			if (read < 0)
				throw new TransportException(description + " closed the connection");
			if (read == 0)
				await(SelectionKey.OP_READ, deadline);
		}
	}

	private void await(int operation, long deadline) throws IOException {
		long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
		if (remainingMillis <= 0)
			throw new TransportException(description + " did not answer within " + readTimeout.toMillis() + " ms");
		SelectionKey key = channel.register(selector, operation);
		try {
			selector.select(remainingMillis);
		} finally {
			key.interestOps(0);
			selector.selectedKeys().clear();
		}
	}

	@Override
	public void close() {
		closeQuietly(selector);
		closeQuietly(channel);
	}

	private static String reason(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null)
			return;
		try {
			closeable.close();
		} catch (Exception e) {
			// closing after a failure: the first failure is the one worth reporting
		}
	}
}
