package org.vtpmconsole.protocol.agent;

import java.util.List;

/**
 * GET /v1/events: the events after the one asked for, oldest first, and the {@code after} to ask with next.
 * {@code missed} is true when events after the client's cursor are no longer held (the agent keeps the newest ones
 * only), or when the cursor is beyond the newest event (it comes from an agent whose state was reset).
 */
public record EventList(List<AgentEvent> events, Long next, Boolean missed) {
}
