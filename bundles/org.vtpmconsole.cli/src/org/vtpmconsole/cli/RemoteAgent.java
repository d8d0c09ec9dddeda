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
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * A connection to a host agent for one command: {@code --agent URL}, {@code --identity FILE.p12} and the identity's
 * password from a file, the environment or a prompt. The CRL that the agent's certificate is checked against comes
 * from the agent's {@code GET /v1/crl}: it is signed by the fleet root and must be current, so its source does not
 * need to be trusted (docs/api.md).
 */
final class RemoteAgent {

	/** The options every agent command takes. */
	static Set<String> options(String... more) {
		Set<String> options = new HashSet<>(Set.of("agent", "identity"));
		options.addAll(Secrets.options(Secrets.PASSWORD));
		options.addAll(Arrays.asList(more));
		return options;
	}

	private RemoteAgent() {
	}

	static AgentClient connect(Arguments args) throws UsageException, PkiException {
		URI uri;
		try {
			uri = new URI(args.required("agent"));
		} catch (URISyntaxException e) {
			throw new UsageException("--agent must be a URL such as https://compute-01:8443");
		}
		if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new UsageException("--agent must be an https URL such as https://compute-01:8443");
		}
		Path identity = Path.of(args.required("identity"));
		char[] password = Secrets.read(args, Secrets.PASSWORD, "password of " + identity);
		try {
			FleetClientContext context = FleetClientContext.fromCa(uri, FleetTls.loadIdentity(identity, password),
					password);
			return new AgentClient(new JsonClient(uri, context.context()));
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
