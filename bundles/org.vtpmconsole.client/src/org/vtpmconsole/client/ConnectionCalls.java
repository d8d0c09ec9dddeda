package org.vtpmconsole.client;

import java.time.Clock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vtpmconsole.protocol.http.ApiCallException;

/**
 * How a session's call keeps its connection's state, the same for the CA and for agents: an answer (even a refusal)
 * is a good contact, no answer fails the connection with the reason.
 */
final class ConnectionCalls {

	private ConnectionCalls() {
	}

	static <T> T call(Connection connection, Clock clock, IProgressMonitor monitor, Cancellable.Call<T> call)
			throws ClientException {
		try {
			T result = Cancellable.call(monitor, call);
			connection.markConnected(clock.instant());
			return result;
		} catch (ClientException e) {
			if (answered(e)) {
				connection.markConnected(clock.instant());
			} else {
				connection.markFailed(e.getMessage());
			}
			throw e;
		}
	}

	/** A refusal (403, 404, 409...) came from a reachable server; only "no answer" means the connection is down. */
	static boolean answered(ClientException e) {
		return e.getCause() instanceof ApiCallException api && api.status() != 0;
	}
}
