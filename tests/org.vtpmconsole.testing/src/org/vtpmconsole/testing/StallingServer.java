package org.vtpmconsole.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.vtpmconsole.pki.tls.FleetTls;

/**
 * A real local server that accepts connections and then never answers: the slow agent a user wants to stop waiting
 * for. {@link #silent()} accepts TCP and says nothing (a client stalls in its TLS handshake); {@link #tls} completes
 * the TLS handshake with a fleet server identity and reads the request, then stalls (a client stalls waiting for
 * its HTTP answer). Each accepted connection records what arrived and when the client closed it (end of stream), so
 * a test sees from the server's side whether a cancelled client really let go of its socket.
 */
public final class StallingServer implements AutoCloseable {

	/** One accepted connection, as the server sees it. */
	public static final class Peer {
		private final StringBuilder received = new StringBuilder();
		private volatile long closedAtNanos;

		/** The bytes that arrived (after TLS, the plaintext), as ISO-8859-1 text. */
		public synchronized String received() {
			return received.toString();
		}

		synchronized void add(byte[] bytes, int length) {
			received.append(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
		}

		public boolean closedByClient() {
			return closedAtNanos != 0;
		}

		/** {@link System#nanoTime()} when the server read end of stream (or a reset), 0 while the socket is open. */
		public long closedAtNanos() {
			return closedAtNanos;
		}
	}

	private final ServerSocket socket;
	private final boolean handshake;
	private final List<Peer> peers = new CopyOnWriteArrayList<>();
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	private StallingServer(ServerSocket socket, boolean handshake) {
		this.socket = socket;
		this.handshake = handshake;
		acceptor = new Thread(this::accept, "stalling server " + socket.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Accepts TCP on 127.0.0.1 and sends nothing, not even a TLS server hello. */
	public static StallingServer silent() throws IOException {
		return new StallingServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), false);
	}

	/**
	 * Accepts on 127.0.0.1 with this fleet TLS server identity (e.g. {@code TestCa.identityFile("ca")}, issued for
	 * 127.0.0.1), asks for the client's certificate (any chaining to {@code root}), reads the request and never
	 * answers.
	 */
	public static StallingServer tls(KeyStore identity, char[] password, X509Certificate root) throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
		keys.init(identity, password);
		KeyStore anchors = KeyStore.getInstance("PKCS12");
		anchors.load(null, null);
		anchors.setCertificateEntry("root", root);
		TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
		trust.init(anchors);
		SSLContext context = SSLContext.getInstance("TLSv1.3");
		context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
				InetAddress.getLoopbackAddress());
		server.setEnabledProtocols(FleetTls.PROTOCOLS.toArray(String[]::new));
		server.setWantClientAuth(true);
		return new StallingServer(server, true);
	}

	public URI uri() {
		return URI.create("https://127.0.0.1:" + socket.getLocalPort());
	}

	/** Every connection accepted so far, oldest first. */
	public List<Peer> peers() {
		return List.copyOf(peers);
	}

	/** Waits until a connection has sent text containing {@code marker} (e.g. "GET /v1/crl"), and returns it. */
	public Peer awaitRequest(String marker, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (Peer peer : peers) {
				if (peer.received().contains(marker)) {
					return peer;
				}
			}
			Thread.sleep(10);
		}
		throw new AssertionError("no request with '" + marker + "' reached " + uri() + " within " + timeout);
	}

	/** Waits until at least one connection is accepted, and returns the newest. */
	public Peer awaitConnection(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!peers.isEmpty()) {
				return peers.get(peers.size() - 1);
			}
			Thread.sleep(10);
		}
		throw new AssertionError("nothing connected to " + uri() + " within " + timeout);
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				accepted.add(client);
				Peer peer = new Peer();
				peers.add(peer);
				Thread reader = new Thread(() -> read(client, peer), "stalling server peer");
				reader.setDaemon(true);
				reader.start();
			} catch (IOException e) {
				// closed: the test is over
			}
		}
	}

	/** Reads whatever comes, answers nothing, notes when the client lets go. */
	private void read(Socket client, Peer peer) {
		try {
			if (handshake) {
				((SSLSocket) client).startHandshake();
			}
			InputStream in = client.getInputStream();
			byte[] buffer = new byte[4096];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				peer.add(buffer, read);
			}
		} catch (IOException e) {
			// a reset or a TLS close without close_notify: the client let go all the same
		}
		if (!socket.isClosed()) {
			peer.closedAtNanos = System.nanoTime();
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket client : accepted) {
			client.close();
		}
	}
}
