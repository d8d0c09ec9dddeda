package org.vtpmconsole.tpm;

import java.nio.file.Path;

/**
 * A TPM's name as used in configuration, CLI and UI: {@code swtpm:HOST:PORT} (swtpm's TCP data port; its control
 * channel is PORT+1), {@code swtpm-unix:PATH} (swtpm's unix-socket data channel) or {@code device:PATH} (a kernel
 * TPM device, normally /dev/tpmrm0).
 */
public record TpmAddress(Kind kind, String host, int port, Path path) {

	public enum Kind {
		SWTPM_TCP("swtpm:"), SWTPM_UNIX("swtpm-unix:"), DEVICE("device:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return prefix;
		}
	}

	private static final String FORMS = "expected swtpm:HOST:PORT, swtpm-unix:/ABSOLUTE/PATH or device:/dev/tpmrm0";

	/** Parses a TPM name; a malformed one is an IllegalArgumentException that quotes it and lists the valid forms. */
	public static TpmAddress parse(String name) {
		if (name == null || name.isBlank())
			throw new IllegalArgumentException("no TPM name given; " + FORMS);
		String text = name.trim();
		if (text.startsWith(Kind.SWTPM_TCP.prefix))
			return parseTcp(text);
		if (text.startsWith(Kind.SWTPM_UNIX.prefix))
			return new TpmAddress(Kind.SWTPM_UNIX, null, 0, absolutePath(text, Kind.SWTPM_UNIX));
		if (text.startsWith(Kind.DEVICE.prefix))
			return new TpmAddress(Kind.DEVICE, null, 0, absolutePath(text, Kind.DEVICE));
		throw new IllegalArgumentException("unknown TPM name '" + text + "'; " + FORMS);
	}

	private static TpmAddress parseTcp(String text) {
		String rest = text.substring(Kind.SWTPM_TCP.prefix.length());
		int colon = rest.lastIndexOf(':');
		if (colon <= 0 || colon == rest.length() - 1)
			throw new IllegalArgumentException("TPM name '" + text + "' lacks a host or a port; " + FORMS);
		String host = rest.substring(0, colon);
		if (host.startsWith("[") && host.endsWith("]"))
			host = host.substring(1, host.length() - 1);
		int port;
		try {
			port = Integer.parseInt(rest.substring(colon + 1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("TPM name '" + text + "': port is not a number", e);
		}
		// PORT+1 is swtpm's control channel, so PORT itself may be at most 65534
		if (port < 1 || port > 65534)
			throw new IllegalArgumentException("TPM name '" + text + "': port must be 1-65534 (control channel on PORT+1)");
		return new TpmAddress(Kind.SWTPM_TCP, host, port, null);
	}

	private static Path absolutePath(String text, Kind kind) {
		String rest = text.substring(kind.prefix.length());
		if (rest.isEmpty() || !rest.startsWith("/"))
			throw new IllegalArgumentException("TPM name '" + text + "': the path must be absolute; " + FORMS);
		return Path.of(rest);
	}

	/** swtpm's control channel port (TCP only). */
	public int controlPort() {
		return port + 1;
	}

	@Override
	public String toString() {
		return switch (kind) {
		case SWTPM_TCP -> kind.prefix + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
		case SWTPM_UNIX, DEVICE -> kind.prefix + path;
		};
	}
}
