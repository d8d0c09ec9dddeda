package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.agent.unix.SocketReader;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * Relays the TPM data channel between QEMU's end and swtpm's end frame by frame: one whole command from QEMU, its
 * whole response from swtpm. Because the gateway owns the channel, it can put its own commands between the guest's
 * ({@link #transact}); they never reach QEMU. A malformed frame from either side ends this relay only.
 */
final class DataRelay implements TpmCommandChannel, Runnable {
	private final UUID vm;
	private final UnixSocket qemu;
	private final UnixSocket swtpm;
	private final SocketReader fromQemu;
	private final SocketReader fromSwtpm;
	private final TpmTrafficObserver observer;
	/** One command at a time on swtpm's channel: the guest's or the gateway's. */
	private final Object swtpmTurn = new Object();
	private volatile String endReason = "running";

	DataRelay(UUID vm, UnixSocket qemu, UnixSocket swtpm, TpmTrafficObserver observer) {
		this.vm = vm;
		this.qemu = qemu;
		this.swtpm = swtpm;
		this.fromQemu = TpmFrame.reader(qemu);
		this.fromSwtpm = TpmFrame.reader(swtpm);
		this.observer = observer;
	}

	/** Relays until either side closes or sends a malformed frame; the reason is {@link #endReason()}. */
	@Override
	public void run() {
		try {
			while (true) {
				Optional<TpmFrame> command = TpmFrame.read(fromQemu);
				if (command.isEmpty()) {
					endReason = "QEMU closed the TPM data channel";
					return;
				}
				TpmFrame response = exchange(command.get());
				observer.relayed(vm, command.get(), response);
				qemu.write(response.bytes());
			}
		} catch (TpmFrame.MalformedFrameException e) {
			endReason = "malformed TPM frame on the data channel: " + e.getMessage();
		} catch (IOException e) {
			endReason = "TPM data channel failed: " + e.getMessage();
		} finally {
			close();
		}
	}

	@Override
	public TpmFrame transact(TpmFrame command) throws IOException {
		return exchange(command);
	}

	private TpmFrame exchange(TpmFrame command) throws IOException {
		synchronized (swtpmTurn) {
			swtpm.write(command.bytes());
			return TpmFrame.read(fromSwtpm).orElseThrow(() -> new IOException("swtpm closed the TPM data channel"));
		}
	}

	String endReason() {
		return endReason;
	}

	void close() {
		qemu.disconnect();
		swtpm.disconnect();
	}
}
