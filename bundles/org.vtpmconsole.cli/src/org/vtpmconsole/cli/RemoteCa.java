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
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * A connection to the running fleet CA for one command: {@code --ca URL}, {@code --identity FILE.p12} and the
 * identity's password from a file, the environment or a prompt.
 */
final class RemoteCa {

	/** The options every remote command takes. */
	static Set<String> options(String... more) {
		Set<String> options = new HashSet<>(Set.of("ca", "identity"));
		options.addAll(Secrets.options(Secrets.PASSWORD));
		options.addAll(Arrays.asList(more));
		return options;
	}

	private final FleetClientContext context;
	private final CaClient client;

	private RemoteCa(FleetClientContext context, CaClient client) {
		this.context = context;
		this.client = client;
	}

	static RemoteCa connect(Arguments args) throws UsageException, PkiException {
		URI uri;
		try {
			uri = new URI(args.required("ca"));
		} catch (URISyntaxException e) {
			throw new UsageException("--ca must be a URL such as https://ca.example:8443");
		}
		if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new UsageException("--ca must be an https URL such as https://ca.example:8443");
		}
		Path identity = Path.of(args.required("identity"));
		char[] password = Secrets.read(args, Secrets.PASSWORD, "password of " + identity);
		try {
			FleetClientContext context = FleetClientContext.fromCa(uri, FleetTls.loadIdentity(identity, password),
					password);
			return new RemoteCa(context, new CaClient(new JsonClient(uri, context.context())));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	CaClient client() {
		return client;
	}

	FleetClientContext context() {
		return context;
	}
}
