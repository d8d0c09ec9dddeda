package org.vtpmconsole.pki;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.bouncycastle.util.IPAddress;

/**
 * Host names and IP literals as they appear in subjectAltName, compared without any DNS lookup (a lookup would
 * let whoever controls DNS decide who a certificate belongs to).
 */
public final class HostNames {

	private static final Pattern DNS_NAME = Pattern
			.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

	private HostNames() {
	}

	/** An IPv4 or IPv6 literal. */
	public static boolean isIpLiteral(String name) {
		return IPAddress.isValid(name);
	}

	/** A host name of letters, digits and hyphens (no wildcards: the fleet CA never issues them). */
	public static boolean isDnsName(String name) {
		return DNS_NAME.matcher(name).matches();
	}

	/** Whether two names denote the same host: IP literals by address, DNS names case-insensitively. */
	public static boolean same(String a, String b) {
		if (isIpLiteral(a) && isIpLiteral(b)) {
			return address(a).equals(address(b));
		}
		return !isIpLiteral(a) && !isIpLiteral(b) && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal); // a literal: parsed, never looked up
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException("not an IP literal: " + literal, e);
		}
	}
}
