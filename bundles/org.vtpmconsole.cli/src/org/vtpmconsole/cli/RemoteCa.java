package org.vtpmconsole.cli;

import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;

/** The running fleet CA for one command ({@code --ca URL}); see {@link RemoteEndpoint}. */
record RemoteCa(FleetClientContext context, CaClient client) {

	static Set<String> options(String... more) {
		return RemoteEndpoint.options("ca", more);
	}

	static RemoteCa connect(Arguments args) throws UsageException, PkiException {
		RemoteEndpoint endpoint = RemoteEndpoint.connect(args, "ca", "https://ca.example:8443");
		return new RemoteCa(endpoint.context(), new CaClient(endpoint.json()));
	}
}
