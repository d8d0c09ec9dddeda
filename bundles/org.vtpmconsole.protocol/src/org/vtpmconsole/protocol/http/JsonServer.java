package org.vtpmconsole.protocol.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.pki.CrlSource;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * The API server of agents and the CA: JSON over mutual TLS on the JDK's HttpsServer. Each route is a method, an
 * exact path and the roles allowed to call it; the role comes from the client certificate the fleet trust manager
 * validated, and is re-checked against the current CRL per request (a kept-alive connection outlives a
 * revocation). Bodies are bounded and bound strictly; every refusal is a JSON {@link ErrorResponse}, and an
 * unexpected failure is logged here and reported to the client as "internal error" only.
 */
public final class JsonServer implements AutoCloseable {

	public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
	/** More than the 100 concurrent connections a fleet console plus agents keep open. */
	public static final int DEFAULT_THREADS = 128;
	private static final int STOP_DELAY_SECONDS = 1;

	private record Route(Set<Role> roles, ApiHandler handler) {
	}

	private final ILog log = ILog.of(getClass());
	private final HttpsServer server;
	private final ExecutorService executor;
	private final Map<String, Map<String, Route>> routes;
	private final CrlSource crls;
	private final int maxBodyBytes;

	private JsonServer(Builder builder) throws IOException {
		routes = Map.copyOf(builder.routes);
		crls = builder.crls;
		maxBodyBytes = builder.maxBodyBytes;
		server = HttpsServer.create(builder.address, builder.threads);
		SSLContext context = builder.context;
		server.setHttpsConfigurator(new HttpsConfigurator(context) {
			@Override
			public void configure(HttpsParameters parameters) {
				SSLParameters ssl = context.getDefaultSSLParameters();
				ssl.setNeedClientAuth(true);
				parameters.setSSLParameters(ssl);
			}
		});
		executor = Executors.newFixedThreadPool(builder.threads, new NamedThreads(builder.name));
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	public static Builder builder(String name, InetSocketAddress address, SSLContext serverContext, CrlSource crls) {
		return new Builder(name, address, serverContext, crls);
	}

	/** The bound port (useful with port 0). */
	public int port() {
		return server.getAddress().getPort();
	}

	/** Stops accepting, gives running exchanges a moment, then stops the threads. */
	@Override
	public void close() {
		server.stop(STOP_DELAY_SECONDS);
		executor.shutdown();
		try {
			if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		} catch (InterruptedException e) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Object response;
			int status = 200;
			try {
				response = dispatch((HttpsExchange) exchange);
			} catch (ApiException e) {
				status = e.status();
				response = new ErrorResponse(e.status(), e.code(), e.getMessage());
			} catch (RuntimeException e) {
				log.error("API " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed", e);
				status = 500;
				response = new ErrorResponse(500, "internal_error", "internal error; the server log has the details");
			}
			send(exchange, status, Json.write(response));
		}
	}

	private Object dispatch(HttpsExchange exchange) throws ApiException, IOException {
		String path = exchange.getRequestURI().getRawPath();
		Map<String, Route> methods = routes.get(path);
		if (methods == null) {
			throw ApiException.notFound("no resource " + path);
		}
		Route route = methods.get(exchange.getRequestMethod());
		if (route == null) {
			throw new ApiException(405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed on " + path
					+ "; allowed: " + String.join(", ", methods.keySet()));
		}
		X509Certificate peer = peer(exchange);
		Role role = authorize(peer, route, exchange.getRequestMethod() + " " + path);
		byte[] body = "GET".equals(exchange.getRequestMethod()) ? new byte[0] : readBody(exchange);
		return route.handler().handle(new ApiRequest(peer, role, exchange.getRequestURI().getRawQuery(), body));
	}

	private static X509Certificate peer(HttpsExchange exchange) throws ApiException {
		try {
			return (X509Certificate) exchange.getSSLSession().getPeerCertificates()[0];
		} catch (SSLPeerUnverifiedException e) {
			throw ApiException.forbidden("no_client_certificate", "a fleet client certificate is required");
		}
	}

	private Role authorize(X509Certificate peer, Route route, String operation) throws ApiException {
		Role role;
		try {
			role = Roles.of(peer);
		} catch (CertificateException e) {
			throw ApiException.forbidden("no_role", "the client certificate carries no fleet role");
		}
		try {
			X509CRL crl = crls.currentCrl();
			if (crl == null || crl.isRevoked(peer)) {
				throw ApiException.forbidden("revoked", "the client certificate is revoked");
			}
		} catch (PkiException e) {
			throw new ApiException(503, "no_crl", "the server has no current CRL to check the client against");
		}
		if (!route.roles().contains(role)) {
			throw ApiException.forbidden("wrong_role", "role " + role.token() + " may not " + operation + "; allowed: "
					+ route.roles().stream().map(Role::token).collect(Collectors.joining(", ")));
		}
		return role;
	}

	private byte[] readBody(HttpExchange exchange) throws ApiException, IOException {
		String type = exchange.getRequestHeaders().getFirst("Content-Type");
		if (type == null || !type.toLowerCase().startsWith("application/json")) {
			throw new ApiException(415, "unsupported_media_type", "the body must be application/json");
		}
		String length = exchange.getRequestHeaders().getFirst("Content-Length");
		// an announced oversize is refused before a byte is read; a chunked one when the limit is crossed
		if (length != null && (length.trim().length() > 18 || Long.parseLong(length.trim()) > maxBodyBytes)) {
			throw tooLarge();
		}
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes(maxBodyBytes + 1);
			if (body.length > maxBodyBytes) {
				throw tooLarge();
			}
			return body;
		}
	}

	private ApiException tooLarge() {
		return new ApiException(413, "body_too_large", "the body exceeds " + maxBodyBytes + " bytes");
	}

	private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		exchange.sendResponseHeaders(status, json.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(json);
		}
	}

	/** Collects the routes before the server starts; a server's routes never change while it runs. */
	public static final class Builder {
		private final String name;
		private final InetSocketAddress address;
		private final SSLContext context;
		private final CrlSource crls;
		private final Map<String, Map<String, Route>> routes = new HashMap<>();
		private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
		private int threads = DEFAULT_THREADS;

		private Builder(String name, InetSocketAddress address, SSLContext context, CrlSource crls) {
			this.name = name;
			this.address = address;
			this.context = context;
			this.crls = crls;
		}

		/** Adds a route: {@code method} and exact {@code path}, callable by the given roles only. */
		public Builder route(String method, String path, Set<Role> roles, ApiHandler handler) {
			if (roles.isEmpty()) {
				throw new IllegalArgumentException(method + " " + path + " must allow at least one role");
			}
			Route previous = routes.computeIfAbsent(path, p -> new HashMap<>()).put(method,
					new Route(EnumSet.copyOf(roles), handler));
			if (previous != null) {
				throw new IllegalArgumentException(method + " " + path + " is routed twice");
			}
			return this;
		}

		public Builder maxBodyBytes(int bytes) {
			maxBodyBytes = bytes;
			return this;
		}

		public Builder threads(int count) {
			threads = count;
			return this;
		}

		/** Binds and starts the server. */
		public JsonServer start() throws IOException {
			for (Map.Entry<String, Map<String, Route>> path : routes.entrySet()) {
				path.setValue(Map.copyOf(path.getValue()));
			}
			return new JsonServer(this);
		}
	}

	private static final class NamedThreads implements ThreadFactory {
		private final String name;
		private final AtomicInteger count = new AtomicInteger();

		NamedThreads(String name) {
			this.name = name;
		}

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, name + "-api-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
