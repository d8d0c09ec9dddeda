package org.vtpmconsole.agent.api;

import java.time.Duration;

import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.agent.EventList;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;
import org.vtpmconsole.protocol.http.JsonServer;

/**
 * {@code GET /v1/events?after=N&wait=S}: a long poll. The answer comes as soon as there is an event after N, or
 * after S seconds (at most {@link #MAX_WAIT_SECONDS}, well inside a client's request timeout) with none.
 */
final class EventRoutes {
	static final int MAX_WAIT_SECONDS = 30;

	private final EventJournal journal;

	EventRoutes(EventJournal journal) {
		this.journal = journal;
	}

	void register(JsonServer.Builder server) {
		server.route("GET", AgentPaths.EVENTS, Access.READERS, this::events);
	}

	private EventList events(ApiRequest request) throws ApiException {
		long after = number(request, "after", 0, Long.MAX_VALUE);
		long wait = number(request, "wait", 0, MAX_WAIT_SECONDS);
		try {
			return journal.after(after, Duration.ofSeconds(wait));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ApiException(503, "stopping", "the agent is stopping");
		}
	}

	private static long number(ApiRequest request, String name, long min, long max) throws ApiException {
		String text = request.query(name).orElse("0");
		try {
			long value = Long.parseLong(text);
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// answered below
		}
		throw ApiException.badRequest("invalid_query", "query parameter '" + name + "' must be a whole number from "
				+ min + " to " + max);
	}
}
