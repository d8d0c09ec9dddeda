package org.vtpmconsole.client;

import java.util.Date;
import java.util.function.Consumer;

import org.vtpmconsole.model.Host;

/**
 * Shows agent connections on the fleet model: the host whose address (or name) is the connection's host gets its
 * name (the one the user gave the connection, so a rename in Connection Properties shows before the next visit),
 * state, last contact and failure reason, so the explorer shows and decorates it. Register it on the
 * {@link ConnectionRegistry}: a connection changes on a Job's thread, the hosts change through the {@link FleetWriter}.
 */
public final class HostStateMirror implements Consumer<Connection> {

	private final FleetWriter writer;

	public HostStateMirror(FleetWriter writer) {
		this.writer = writer;
	}

	@Override
	public void accept(Connection connection) {
		if (connection.kind() != ConnectionKind.AGENT) {
			return;
		}
		writer.update(() -> {
			for (Host candidate : writer.fleet().getHosts()) {
				if (connection.isAgentOf(candidate)) {
					mirror(connection, candidate);
				}
			}
		});
	}

	private static void mirror(Connection connection, Host host) {
		if (!connection.name().equals(host.getName())) {
			host.setName(connection.name());
		}
		// the raw state: the explorer judges STALE itself, from lastContact and its own threshold
		switch (connection.state()) {
		case CONNECTED -> host.setConnectionState(org.vtpmconsole.model.ConnectionState.CONNECTED);
		case FAILED -> host.setConnectionState(org.vtpmconsole.model.ConnectionState.FAILED);
		case STALE, UNKNOWN, CONNECTING -> {
			// keep what the host showed until the attempt ends
		}
		}
		connection.lastContact().map(Date::from).ifPresent(host::setLastContact);
		host.setFailureReason(connection.failureReason().orElse(null));
	}
}
