package org.vtpmconsole.ui.fleet;

import java.util.regex.Pattern;

/** Checks what a user types for a host: a name for the explorer and the HOST:PORT of its agent. */
public final class HostAddress {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,62}");
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*|\\[[0-9A-Fa-f:.]+\\]");

	private HostAddress() {
	}

	/** @return null when the name is usable, otherwise what is wrong with it */
	public static String checkName(String name) {
		if (name.isBlank()) {
			return "Enter a name for the host.";
		}
		if (!NAME.matcher(name).matches()) {
			return "The name may use letters, digits, '.', '_' and '-' (at most 63), and must start with a letter or digit.";
		}
		return null;
	}

	/** @return null when the address is a usable HOST:PORT, otherwise what is wrong with it */
	public static String checkAddress(String address) {
		if (address.isBlank()) {
			return "Enter the agent's address as HOST:PORT, for example 10.0.0.5:8443.";
		}
		int colon = address.lastIndexOf(':');
		if (colon <= 0 || colon == address.length() - 1) {
			return "The address needs a port: HOST:PORT, for example 10.0.0.5:8443.";
		}
		if (!HOST.matcher(address.substring(0, colon)).matches()) {
			return "'" + address.substring(0, colon) + "' is not a host name or IP address.";
		}
		try {
			int port = Integer.parseInt(address.substring(colon + 1));
			if (port < 1 || port > 65535) {
				return "The port must be between 1 and 65535.";
			}
		} catch (NumberFormatException e) {
			return "'" + address.substring(colon + 1) + "' is not a port number.";
		}
		return null;
	}
}
