package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.http.ApiExchange;
import org.vtpmconsole.protocol.http.ExchangeListener;
import org.vtpmconsole.protocol.http.Json;

/**
 * The agent's audit log: one JSON line per change request (every method but GET), granted or refused, appended to
 * {@code STATE/audit.log} and to the agent log. Reads are not audited; they change nothing.
 */
public final class AuditLog implements ExchangeListener {

	/** One line: who (certificate subject and role) did what (method and route) to which VM, and how it ended. */
	record Entry(String time, String user, String role, String action, String target, String outcome, Integer status) {
	}

	private final ILog log = ILog.of(getClass());
	private final Path file;
	private final Clock clock;

	public AuditLog(Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	@Override
	public void answered(ApiExchange exchange) {
		if ("GET".equals(exchange.method())) {
			return;
		}
		Entry entry = new Entry(clock.instant().toString(),
				exchange.peer().map(peer -> peer.getSubjectX500Principal().getName()).orElse("(unknown)"),
				exchange.role().map(Role::token).orElse("(none)"),
				exchange.method() + " " + exchange.route().orElse(exchange.path()),
				exchange.parameters().getOrDefault("uuid", "-"), exchange.code().orElse("ok"), exchange.status());
		String line = new String(Json.write(entry), StandardCharsets.UTF_8);
		log.info("audit: " + line);
		append(line);
	}

	private synchronized void append(String line) {
		try {
			Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE);
		} catch (IOException e) {
			log.error("cannot append to the audit log " + file + ": " + e.getMessage(), e);
		}
	}
}
