package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;

import org.vtpmconsole.agent.process.Confinement;
import org.vtpmconsole.agent.process.HostTools;
import org.vtpmconsole.agent.unix.SocketReader;
import org.vtpmconsole.agent.unix.UnixSocket;
import org.vtpmconsole.label.StateKey;

/**
 * A vTPM with no QEMU attached: swtpm started with the state key, powered on over its control channel and given a
 * data channel of the agent's own, then TPM2_Startup(CLEAR). For creating a vTPM (so its state is encrypted from
 * the first byte), for maintenance and for measuring the gateway against the direct path. Closing it shuts swtpm
 * down, which saves the state.
 */
public final class DirectVtpm implements TpmCommandChannel, AutoCloseable {
	private static final byte[] STARTUP_CLEAR = HexFormat.of().parseHex("80010000000c000001440000");
	private static final long EXIT_TIMEOUT_MILLIS = 5_000;

	private final SwtpmProcess swtpm;
	private final SwtpmControl control;
	private final UnixSocket data;
	private final SocketReader responses;

	private DirectVtpm(SwtpmProcess swtpm, SwtpmControl control, UnixSocket data) {
		this.swtpm = swtpm;
		this.control = control;
		this.data = data;
		this.responses = TpmFrame.reader(data);
	}

	/** A vTPM of no VM, its swtpm under the agent's own uid (benchmarks, tests of swtpm alone). */
	public static DirectVtpm start(Path stateDir, Path runDir, StateKey key) throws IOException {
		return start(stateDir, runDir, key, Confinement.agentUid(HostTools.system()));
	}

	/** A VM's vTPM, its swtpm confined as the VM's swtpm runs. */
	public static DirectVtpm start(Path stateDir, Path runDir, StateKey key, Confinement confinement)
			throws IOException {
		SwtpmProcess swtpm = SwtpmProcess.start(stateDir, runDir, key, confinement);
		SwtpmControl control = null;
		UnixSocket[] pair = null;
		try {
			control = SwtpmControl.connect(swtpm);
			pair = UnixSocket.pair();
			control.setDataFd(pair[1]);
			pair[1].close();
			control.init();
			DirectVtpm vtpm = new DirectVtpm(swtpm, control, pair[0]);
			TpmFrame startup = vtpm.transact(TpmFrame.of(STARTUP_CLEAR));
			if (startup.code() != 0) {
				throw new IOException(String.format("TPM2_Startup(CLEAR) failed with 0x%x", startup.code()));
			}
			return vtpm;
		} catch (IOException | RuntimeException e) {
			if (pair != null) {
				pair[0].close();
				pair[1].close();
			}
			if (control != null) {
				control.close();
			}
			swtpm.close();
			throw new IOException("cannot start the vTPM on " + stateDir + ": " + e.getMessage() + " (swtpm: "
					+ swtpm.logTail() + ")", e);
		}
	}

	@Override
	public synchronized TpmFrame transact(TpmFrame command) throws IOException {
		data.write(command.bytes());
		return TpmFrame.read(responses).orElseThrow(() -> new IOException("swtpm closed the data channel"));
	}

	public SwtpmControl control() {
		return control;
	}

	@Override
	public void close() {
		try {
			control.shutdown();
		} catch (IOException e) {
			// swtpm is gone already or broken; closing it below ends it either way
		}
		swtpm.awaitExit(EXIT_TIMEOUT_MILLIS);
		data.close();
		control.close();
		swtpm.close();
	}
}
