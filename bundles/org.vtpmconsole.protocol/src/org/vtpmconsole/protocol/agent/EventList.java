package org.vtpmconsole.protocol.agent;

import java.util.List;

/**
 * GET /v1/events: the events after the one asked for, oldest first, and the {@code after} to ask with next.
 * {@code missed} is true when older events the client has not seen were already dropped (the agent keeps the
 * newest ones only).
 */
public record EventList(List<AgentEvent> events, Long next, Boolean missed) {
}
