package org.vtpmconsole.protocol.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.pki.Role;

/** One authenticated request as a handler sees it: the peer's certificate and role, query parameters, the body. */
public final class ApiRequest {

	private final X509Certificate peer;
	private final Role peerRole;
	private final Map<String, String> pathParameters;
	private final Map<String, String> query;
	private final byte[] body;

	ApiRequest(X509Certificate peer, Role peerRole, Map<String, String> pathParameters, String rawQuery, byte[] body)
			throws ApiException {
		this.peer = peer;
		this.peerRole = peerRole;
		this.pathParameters = pathParameters;
		this.query = parseQuery(rawQuery);
		this.body = body;
	}

	/** The client's certificate, validated against the fleet root in the handshake. */
	public X509Certificate peer() {
		return peer;
	}

	public Role peerRole() {
		return peerRole;
	}

	/** The value of the route template's {@code {name}} segment (already restricted to [A-Za-z0-9._-]). */
	public String pathParameter(String name) {
		String value = pathParameters.get(name);
		if (value == null) {
			throw new IllegalArgumentException("the route has no parameter {" + name + "}");
		}
		return value;
	}

	public Optional<String> query(String name) {
		return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
	}

	/** The body bound to a message type, strictly; 400 naming the problem otherwise. */
	public <T> T body(Class<T> type) throws ApiException {
		try {
			return Json.read(body, type);
		} catch (Json.JsonProblem e) {
			throw ApiException.badRequest("invalid_body", e.getMessage());
		}
	}

	private static Map<String, String> parseQuery(String raw) throws ApiException {
		Map<String, String> parameters = new HashMap<>();
		if (raw == null || raw.isEmpty()) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (parameters.put(name, value) != null) {
				throw ApiException.badRequest("invalid_query", "query parameter '" + name + "' given twice");
			}
		}
		return parameters;
	}

	private static String decode(String text) throws ApiException {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw ApiException.badRequest("invalid_query", "the query string is not URL-encoded");
		}
	}
}
