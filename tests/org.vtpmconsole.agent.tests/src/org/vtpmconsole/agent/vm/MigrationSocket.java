package org.vtpmconsole.agent.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.vtpmconsole.agent.process.Confinement;

/**
 * A migration stream between a file and QEMU over a unix socket ({@code unix:} migration URIs). The agent's QEMU runs
 * with {@code -sandbox spawn=deny}, so it cannot run the shell an {@code exec:} URI needs, and QEMU 7.2 has no
 * {@code file:} URI; a unix socket in QEMU's own directory is what it can still reach.
 */
final class MigrationSocket implements AutoCloseable {
	private static final long END_MILLIS = 60_000;

	private final Thread copier;
	private final AtomicReference<IOException> failure = new AtomicReference<>();
	private final AutoCloseable resource;

	private MigrationSocket(AutoCloseable resource, String name, Copy copy) {
		this.resource = resource;
		this.copier = new Thread(() -> {
			try {
				copy.run();
			} catch (IOException e) {
				failure.set(e);
			}
		}, name);
		copier.setDaemon(true);
		copier.start();
	}

	@FunctionalInterface
	private interface Copy {
		void run() throws IOException;
	}

	/**
	 * Listens on {@code socket} (handed to {@code qemu}'s uid, so that the confined QEMU may connect) and writes what
	 * the first connection sends into {@code file}: the target of QMP {@code migrate unix:SOCKET}.
	 */
	static MigrationSocket receiveInto(Path socket, Confinement qemu, Path file) throws IOException {
		Files.deleteIfExists(socket);
		ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			server.bind(UnixDomainSocketAddress.of(socket));
			qemu.ownFile(socket);
		} catch (IOException | RuntimeException e) {
			server.close();
			throw e;
		}
		return new MigrationSocket(server, "migration receiver", () -> {
			try (SocketChannel from = server.accept(); InputStream in = Channels.newInputStream(from);
					OutputStream out = Files.newOutputStream(file)) {
				in.transferTo(out);
			}
		});
	}

	/**
	 * Connects to the socket a QEMU listens on after QMP {@code migrate-incoming unix:SOCKET} and sends it {@code file}.
	 * A QEMU that refuses the stream closes its end; the rest is then not sent.
	 */
	static MigrationSocket sendFrom(Path file, Path socket) throws IOException {
		SocketChannel to = SocketChannel.open(UnixDomainSocketAddress.of(socket));
		return new MigrationSocket(to, "migration sender", () -> {
			try (InputStream in = Files.newInputStream(file); OutputStream out = Channels.newOutputStream(to)) {
				in.transferTo(out);
			} catch (IOException closedByQemu) {
				// QEMU stopped reading: the refusal it reports is what the test judges
			}
		});
	}

	/** Waits until the stream has been copied whole (QEMU closed its end of a finished migration). */
	void awaitEnd() throws IOException, InterruptedException {
		copier.join(END_MILLIS);
		if (copier.isAlive()) {
			throw new IOException("the migration stream did not end within " + END_MILLIS + " ms");
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	@Override
	public void close() throws Exception {
		resource.close();
		copier.join(END_MILLIS);
	}
}
