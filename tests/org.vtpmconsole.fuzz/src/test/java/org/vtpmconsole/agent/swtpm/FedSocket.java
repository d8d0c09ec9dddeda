package org.vtpmconsole.agent.swtpm;

import java.util.Arrays;

import org.vtpmconsole.agent.unix.UnixException;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * The gateway's end of a real socketpair whose other end, playing QEMU, has sent the fuzzer's bytes and hung up: the
 * parsers read them through the same recv/recvmsg calls as in the gateway, ending in a real end of stream. Optionally
 * a descriptor travels with the first byte, as QEMU sends CMD_SET_DATAFD's data channel: one end of a second
 * socketpair, whose other end stays here to tell whether any copy of the passed end is still open.
 */
final class FedSocket implements AutoCloseable {
	/** Well below a unix stream socket's send buffer, so the write never waits for a reader. */
	static final int MAX_STREAM = 64 * 1024;

	private final UnixSocket gateway;
	private final UnixSocket keptDataEnd;

	private FedSocket(UnixSocket gateway, UnixSocket keptDataEnd) {
		this.gateway = gateway;
		this.keptDataEnd = keptDataEnd;
	}

	/** The bytes {@link #fedWith} sends of {@code stream}. */
	static byte[] sent(byte[] stream) {
		return Arrays.copyOf(stream, Math.min(stream.length, MAX_STREAM));
	}

	static FedSocket fedWith(byte[] stream, boolean withDescriptor) throws UnixException {
		byte[] bytes = sent(stream);
		UnixSocket[] pair = UnixSocket.pair();
		UnixSocket kept = null;
		try (UnixSocket qemu = pair[0]) {
			if (withDescriptor && bytes.length > 0) {
				UnixSocket[] data = UnixSocket.pair();
				kept = data[0];
				try (UnixSocket passed = data[1]) {
					qemu.sendWithDescriptor(bytes, passed.fd());
				}
			} else if (bytes.length > 0) {
				qemu.write(bytes);
			}
			return new FedSocket(pair[1], kept);
		} catch (UnixException | RuntimeException e) {
			pair[1].close();
			if (kept != null) {
				kept.close();
			}
			throw e;
		}
	}

	UnixSocket gateway() {
		return gateway;
	}

	/**
	 * Closes the gateway's socket (releasing a descriptor still in flight), then tells whether the passed descriptor
	 * is closed everywhere: writing to its peer then fails (EPIPE), while a copy left open would take the byte.
	 */
	boolean passedDescriptorClosedAfterwards() {
		gateway.close();
		if (keptDataEnd == null) {
			return true;
		}
		try {
			keptDataEnd.write(new byte[] { 1 });
			return false;
		} catch (UnixException e) {
			return true;
		}
	}

	@Override
	public void close() {
		gateway.close();
		if (keptDataEnd != null) {
			keptDataEnd.close();
		}
	}
}
