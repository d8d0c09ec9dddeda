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

	private static final Pattern IPV4_SHAPE = Pattern.compile("[0-9.]+");
	private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
	private static final Pattern STRICT_IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

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

	/**
	 * The one spelling of a host that identities are keyed by (EK pins, certificate subjects): a DNS name in lower
	 * case without the root's trailing dot, an IPv4 address in dotted decimal, an IPv6 address as Java prints it
	 * (IPv4-mapped ones as IPv4). IllegalArgumentException names what is wrong with anything else, including IPv4
	 * octets with leading zeros, which some parsers read as octal and so denote another host.
	 */
	public static String canonical(String name) {
		if (name.indexOf(':') >= 0) {
			if (!isIpLiteral(name)) {
				throw new IllegalArgumentException("'" + name + "' is not an IPv6 address");
			}
			return address(name).getHostAddress();
		}
		String withoutRoot = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		if (IPV4_SHAPE.matcher(withoutRoot).matches()) {
			if (!withoutRoot.equals(name) || !STRICT_IPV4.matcher(withoutRoot).matches()) {
				throw new IllegalArgumentException("'" + name + "' is an ambiguous IPv4 address: write each octet in"
						+ " decimal without leading zeros");
			}
			return address(withoutRoot).getHostAddress();
		}
		if (!isDnsName(withoutRoot)) {
			throw new IllegalArgumentException("'" + name + "' is neither a host name nor an IP address");
		}
		return withoutRoot.toLowerCase(Locale.ROOT);
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal); // a literal: parsed, never looked up
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException("not an IP literal: " + literal, e);
		}
	}
}
