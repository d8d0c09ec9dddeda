package org.vtpmconsole.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.tls.FleetTls;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * A mutual-TLS connection for one command to the CA ({@code --ca URL}) or an agent ({@code --agent URL}):
 * {@code --identity FILE.p12} and the identity's password from a file, the environment or a prompt. The CRL the
 * server's certificate is checked against comes from the server's {@code GET /v1/crl}: it is signed by the fleet
 * root and must be current, so its source does not need to be trusted (docs/api.md).
 */
record RemoteEndpoint(URI uri, FleetClientContext context) {

	/** The options every command talking to {@code --URL_OPTION} takes, plus its own. */
	static Set<String> options(String urlOption, String... more) {
		Set<String> options = new HashSet<>(Set.of(urlOption, "identity"));
		options.addAll(Secrets.options(Secrets.PASSWORD));
		options.addAll(Arrays.asList(more));
		return options;
	}

	/** @param example a URL to show when the option's value is not an https URL */
	static RemoteEndpoint connect(Arguments args, String urlOption, String example)
			throws UsageException, PkiException {
		URI uri;
		try {
			uri = new URI(args.required(urlOption));
		} catch (URISyntaxException e) {
			throw new UsageException("--" + urlOption + " must be a URL such as " + example);
		}
		if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new UsageException("--" + urlOption + " must be an https URL such as " + example);
		}
		Path identity = Path.of(args.required("identity"));
		char[] password = Secrets.read(args, Secrets.PASSWORD, "password of " + identity);
		try {
			return new RemoteEndpoint(uri,
					FleetClientContext.fromCa(uri, FleetTls.loadIdentity(identity, password), password));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	JsonClient json() {
		return new JsonClient(uri, context.context());
	}
}
