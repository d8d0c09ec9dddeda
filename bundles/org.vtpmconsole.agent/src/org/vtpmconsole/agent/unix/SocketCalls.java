package org.vtpmconsole.agent.unix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/**
 * The calls on the data relay's path, bound with JNA's direct mapping (static natives registered once) rather than
 * the interface mapping of {@link LibC}, whose proxy, reflection and argument conversion on every call cost about
 * 1 µs more per call (docs/gateway.md, "Cost"). A read can target a native address, so that it lands anywhere inside
 * a reusable buffer ({@link SocketReader}) without a copy.
 */
final class SocketCalls {
	static {
		Native.register("c");
	}

	private SocketCalls() {
	}

	static native long recv(int fd, long buffer, long length, int flags) throws LastErrorException;

	static native long recv(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

	static native long send(int fd, byte[] buffer, long length, int flags) throws LastErrorException;
}
