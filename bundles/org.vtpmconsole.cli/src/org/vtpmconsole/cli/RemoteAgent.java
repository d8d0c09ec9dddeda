package org.vtpmconsole.cli;

import java.util.Set;

import org.vtpmconsole.cli.Arguments.UsageException;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.protocol.agent.AgentClient;

/** A host agent for one command ({@code --agent URL}); see {@link RemoteEndpoint}. */
final class RemoteAgent {

	private RemoteAgent() {
	}

	static Set<String> options(String... more) {
		return RemoteEndpoint.options("agent", more);
	}

	static AgentClient connect(Arguments args) throws UsageException, PkiException {
		return new AgentClient(RemoteEndpoint.connect(args, "agent", "https://compute-01:8443").json());
	}
}
