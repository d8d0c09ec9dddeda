package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;

import org.vtpmconsole.agent.swtpm.SwtpmControl;
import org.vtpmconsole.agent.swtpm.SwtpmProcess;
import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.agent.unix.SocketReader;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * A real swtpm behind a {@link DataRelay}, with the test in QEMU's place on the other side: the gateway's data path
 * without a guest. {@link #transact} goes through the relay as a guest command would.
 */
final class RelayedVtpm implements TpmCommandChannel, AutoCloseable {
	private static final byte[] STARTUP_CLEAR = HexFormat.of().parseHex("80010000000c000001440000");

	private final SwtpmProcess swtpm;
	private final SwtpmControl control;
	private final UnixSocket guestSide;
	private final SocketReader responses;
	private final DataRelay relay;
	private final Thread thread;

	RelayedVtpm(Path stateDir, Path runDir, StateKey key, TpmTrafficObserver observer) throws IOException {
		swtpm = SwtpmProcess.start(Files.createDirectories(stateDir), runDir, key);
		control = SwtpmControl.connect(swtpm);
		UnixSocket[] toSwtpm = UnixSocket.pair();
		control.setDataFd(toSwtpm[1]);
		toSwtpm[1].close();
		control.init();
		UnixSocket[] toGuest = UnixSocket.pair();
		guestSide = toGuest[0];
		responses = TpmFrame.reader(guestSide);
		relay = new DataRelay(UUID.randomUUID(), toGuest[1], toSwtpm[0], observer);
		thread = new Thread(relay, "test relay");
		thread.setDaemon(true);
		thread.start();
		if (transact(TpmFrame.of(STARTUP_CLEAR)).code() != 0) {
			throw new IOException("TPM2_Startup failed");
		}
	}

	@Override
	public synchronized TpmFrame transact(TpmFrame command) throws IOException {
		guestSide.write(command.bytes());
		return TpmFrame.read(responses).orElseThrow(() -> new IOException("the relay closed the channel"));
	}

	/** Writes raw bytes on the guest side, as a misbehaving QEMU could. */
	void sendRaw(byte[] bytes) throws IOException {
		guestSide.write(bytes);
	}

	UnixSocket guestSide() {
		return guestSide;
	}

	DataRelay relay() {
		return relay;
	}

	void awaitRelayEnd() throws InterruptedException {
		thread.join(5_000);
	}

	@Override
	public void close() {
		relay.close();
		try {
			control.shutdown();
		} catch (IOException e) {
			// swtpm is stopped below either way
		}
		control.close();
		swtpm.close();
	}
}
