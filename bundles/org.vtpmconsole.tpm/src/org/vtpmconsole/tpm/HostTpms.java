package org.vtpmconsole.tpm;

import java.time.Duration;

import org.vtpmconsole.tpm.transport.DeviceFileTransport;
import org.vtpmconsole.tpm.transport.SocketTransport;
import org.vtpmconsole.tpm.transport.TpmTransport;
import org.vtpmconsole.tpm.transport.TransportException;

/** Opens host TPMs by their names ({@link TpmAddress}). */
public final class HostTpms {
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	/** swtpm answers its first command within milliseconds; silence means another client holds the channel. */
	static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
	/** Generous for key generation on a hardware TPM (tens of seconds), far beyond swtpm's worst case. */
	static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

	private HostTpms() {
	}

	/**
	 * Connects to the TPM and checks that it answers; flushes objects and sessions a previous client left behind.
	 *
	 * @param name {@code swtpm:HOST:PORT}, {@code swtpm-unix:PATH} or {@code device:PATH}
	 * @throws TpmException for a malformed name, an unreachable or silent TPM, or a TPM that is not started
	 */
	public static TssHostTpm open(String name) throws TpmException {
		return open(name, null);
	}

	/**
	 * {@link #open(String)} with the authValue of RSA_local and RSA_mig, which every use of those keys needs.
	 *
	 * @param authorization the agent's secret ({@link KeyAuthorization}); null for a connection that cannot use them
	 */
	public static TssHostTpm open(String name, KeyAuthorization authorization) throws TpmException {
		TpmAddress address;
		try {
			address = TpmAddress.parse(name);
		} catch (IllegalArgumentException e) {
			throw new TpmException(e.getMessage(), e);
		}
		TpmTransport transport;
		try {
			transport = connect(address);
		} catch (TransportException e) {
			throw new TpmException(e.getMessage(), e);
		}
		TpmChannel channel = new TpmChannel(transport, address.toString());
		try {
			channel.operation("open", channel::flushLeftovers);
		} catch (TpmCommandException e) {
			channel.close();
			if (e.baseCode() == ResponseCodes.INITIALIZE || e.baseCode() == ResponseCodes.FAILURE)
				throw new TpmException("the TPM at " + address + " is not started or is in failure mode ("
						+ ResponseCodes.describe(e.responseCode()) + "): start swtpm with --flags"
						+ " not-need-init,startup-clear, or initialize and start the TPM first", e);
			throw e;
		} catch (TpmException e) {
			channel.close();
			if (address.kind() == TpmAddress.Kind.DEVICE)
				throw e;
			throw new TpmException(e.getMessage() + "; swtpm serves one client at a time: is another program (agent,"
					+ " tpm2-tools, QEMU) connected to it?", e);
		}
		if (transport instanceof SocketTransport socket)
			socket.setReadTimeout(COMMAND_TIMEOUT);
		return new TssHostTpm(channel, authorization);
	}

	private static TpmTransport connect(TpmAddress address) {
		return switch (address.kind()) {
		case SWTPM_TCP -> SocketTransport.tcp(address.host(), address.port(), CONNECT_TIMEOUT, PROBE_TIMEOUT);
		case SWTPM_UNIX -> SocketTransport.unix(address.path(), PROBE_TIMEOUT);
		case DEVICE -> DeviceFileTransport.open(address.path());
		};
	}
}
