package org.vtpmconsole.agent.api;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.protocol.http.ApiException;

/**
 * How handlers report an operation the agent could not carry out: logged with its cause, and answered with one
 * line of what failed and why (our own exception messages: paths and reasons, never a secret or a stack trace).
 */
final class Failures {
	private static final ILog LOG = ILog.of(Failures.class);

	private Failures() {
	}

	static ApiException failed(String what, Exception e) {
		LOG.error(what + ": " + e.getMessage(), e);
		return new ApiException(500, "operation_failed", what + ": " + oneLine(e));
	}

	static String oneLine(Exception e) {
		return String.valueOf(e.getMessage()).replace('\n', ' ');
	}
}
