package org.vtpmconsole.agent.unix;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.sun.jna.Memory;

/** A {@code struct sockaddr_un} for a path in the file system. */
final class SocketAddress {
	/** sa_family (2 bytes) and sun_path (108 bytes). */
	private static final int SIZE = 110;
	private static final int MAX_PATH = 107;

	private SocketAddress() {
	}

	static Memory of(Path path) throws UnixException {
		byte[] bytes = path.toString().getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_PATH) {
			throw new UnixException("unix socket path " + path + " is " + bytes.length + " bytes long; the limit is "
					+ MAX_PATH);
		}
		Memory address = new Memory(SIZE);
		address.clear();
		address.setShort(0, (short) LibC.AF_UNIX);
		address.write(2, bytes, 0, bytes.length);
		return address;
	}

	static int length() {
		return SIZE;
	}
}
