package org.vtpmconsole.agent.swtpm;

import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.vtpmconsole.agent.unix.UnixException;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * The gateway's end of a real socketpair whose other end, playing QEMU, has sent the fuzzer's bytes and hung up: the
 * parsers read them through the same recv/recvmsg calls as in the gateway, ending in a real end of stream.
 */
final class FedSocket {
	/** Well below a unix stream socket's send buffer, so the write never waits for a reader. */
	static final int MAX_STREAM = 64 * 1024;

	private FedSocket() {
	}

	/**
	 * @param withDescriptor whether a descriptor (one end of a fresh socketpair, as QEMU sends CMD_SET_DATAFD's data
	 *                       channel) travels with the first byte; not the sender's own socket, whose copy in the
	 *                       receiver would keep the stream from ever ending
	 */
	static UnixSocket fedWith(byte[] stream, boolean withDescriptor) throws UnixException {
		UnixSocket[] pair = UnixSocket.pair();
		try (UnixSocket qemu = pair[0]) {
			byte[] bytes = Arrays.copyOf(stream, Math.min(stream.length, MAX_STREAM));
			if (withDescriptor && bytes.length > 0) {
				UnixSocket[] data = UnixSocket.pair();
				try (UnixSocket qemuEnd = data[0]; UnixSocket passed = data[1]) {
					qemu.sendWithDescriptor(bytes, passed.fd());
				}
			} else if (bytes.length > 0) {
				qemu.write(bytes);
			}
			return pair[1];
		} catch (UnixException | RuntimeException e) {
			pair[1].close();
			throw e;
		}
	}

	/** The bytes {@link #fedWith} sends of {@code stream}. */
	static byte[] sent(byte[] stream) {
		return Arrays.copyOf(stream, Math.min(stream.length, MAX_STREAM));
	}

	/** This process's open descriptors, to show a parser leaves none behind. */
	static Set<String> openDescriptors() {
		return new TreeSet<>(Arrays.asList(new File("/proc/self/fd").list()));
	}
}
