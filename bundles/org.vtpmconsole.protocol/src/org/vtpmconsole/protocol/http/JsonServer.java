package org.vtpmconsole.protocol.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * The API server of agents and the CA: JSON over mutual TLS on the JDK's HttpsServer. Each route is a method, a
 * path (exact, or a template with {@code {name}} segments, {@link PathTemplate}) and the roles allowed to call it;
 * the role comes from the client certificate the fleet trust manager validated, and is re-checked against the
 * current CRL per request (a kept-alive connection outlives a revocation). Bodies are bounded and bound strictly; every refusal is a JSON {@link ErrorResponse}, and an
 * unexpected failure is logged here and reported to the client as "internal error" only. An
 * {@link ExchangeListener} hears of every answer, refusals included (the agent's audit log).
 */
public final class JsonServer implements AutoCloseable {

	public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
	/** More than the 100 concurrent connections a fleet console plus agents keep open. */
	public static final int DEFAULT_THREADS = 128;
	private static final int STOP_DELAY_SECONDS = 1;
	/** How much of an oversized body is read and dropped so that the client gets its 413 ({@link #drain}). */
	private static final int DRAIN_LIMIT = 1 << 20;

	private record Route(Set<Role> roles, ApiHandler handler) {
	}

	/** The routes of one path template, by method. */
	private record Resource(PathTemplate template, Map<String, Route> methods) {
	}

	/** A request's path resolved to its resource and the values of the template's parameters. */
	private record Resolved(Resource resource, Map<String, String> parameters) {
	}

	/** What is known about an exchange so far, for the {@link ExchangeListener}. */
	private static final class Outcome {
		Resolved resolved;
		X509Certificate peer;
		Role role;
	}

	private final ILog log = ILog.of(getClass());
	private final HttpsServer server;
	private final ExecutorService executor;
	private final Map<String, Resource> literalRoutes;
	private final List<Resource> templateRoutes;
	private final CrlSource crls;
	private final ExchangeListener listener;
	private final int maxBodyBytes;

	private JsonServer(Builder builder) throws IOException {
		literalRoutes = builder.routes.values().stream().filter(resource -> resource.template().isLiteral())
				.collect(Collectors.toUnmodifiableMap(resource -> resource.template().text(), resource -> resource));
		// the most specific template wins: /v1/vms/{uuid}/label before /v1/vms/{uuid}/{anything}
		templateRoutes = builder.routes.values().stream().filter(resource -> !resource.template().isLiteral())
				.sorted(Comparator.comparingLong((Resource resource) -> resource.template().literalSegments()).reversed())
				.toList();
		crls = builder.crls;
		listener = builder.listener;
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
		Outcome outcome = new Outcome();
		int status = 200;
		String code = null;
		boolean told = false;
		try (exchange) {
			Object response;
			try {
				response = dispatch((HttpsExchange) exchange, outcome);
			} catch (ApiException e) {
				status = e.status();
				code = e.code();
				response = new ErrorResponse(e.status(), e.code(), e.getMessage());
			} catch (RuntimeException e) {
				log.error("API " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " failed", e);
				status = 500;
				code = "internal_error";
				response = new ErrorResponse(500, code, "internal error; the server log has the details");
			}
			// recorded before the client sees the answer: an audit trail never lags behind what a caller was told
			tell(exchange, outcome, status, code);
			told = true;
			send(exchange, status, Json.write(response));
		} finally {
			if (!told) {
				tell(exchange, outcome, status, code);
			}
		}
	}

	private void tell(HttpExchange exchange, Outcome outcome, int status, String code) {
		try {
			listener.answered(new ApiExchange(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					Optional.ofNullable(outcome.resolved).map(resolved -> resolved.resource().template().text()),
					outcome.resolved == null ? Map.of() : outcome.resolved.parameters(), Optional.ofNullable(outcome.peer),
					Optional.ofNullable(outcome.role), status, Optional.ofNullable(code)));
		} catch (RuntimeException e) {
			log.error("the exchange listener failed on " + exchange.getRequestMethod() + " "
					+ exchange.getRequestURI().getRawPath(), e);
		}
	}

	private Object dispatch(HttpsExchange exchange, Outcome outcome) throws ApiException, IOException {
		String path = exchange.getRequestURI().getRawPath();
		outcome.peer = peer(exchange);
		Resolved resolved = resolve(path);
		outcome.resolved = resolved;
		Map<String, Route> methods = resolved.resource().methods();
		Route route = methods.get(exchange.getRequestMethod());
		if (route == null) {
			throw new ApiException(405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed on " + path
					+ "; allowed: " + String.join(", ", new TreeSet<>(methods.keySet())));
		}
		outcome.role = roleOf(outcome.peer);
		authorize(outcome.peer, outcome.role, route, exchange.getRequestMethod() + " " + path);
		byte[] body = "GET".equals(exchange.getRequestMethod()) ? new byte[0] : readBody(exchange);
		return route.handler().handle(new ApiRequest(outcome.peer, outcome.role, resolved.parameters(),
				exchange.getRequestURI().getRawQuery(), body));
	}

	private Resolved resolve(String path) throws ApiException {
		Resource literal = literalRoutes.get(path);
		if (literal != null) {
			return new Resolved(literal, Map.of());
		}
		for (Resource resource : templateRoutes) {
			Optional<Map<String, String>> parameters = resource.template().match(path);
			if (parameters.isPresent()) {
				return new Resolved(resource, Map.copyOf(parameters.get()));
			}
		}
		throw ApiException.notFound("no resource " + path);
	}

	private static X509Certificate peer(HttpsExchange exchange) throws ApiException {
		try {
			return (X509Certificate) exchange.getSSLSession().getPeerCertificates()[0];
		} catch (SSLPeerUnverifiedException e) {
			throw ApiException.forbidden("no_client_certificate", "a fleet client certificate is required");
		}
	}

	private static Role roleOf(X509Certificate peer) throws ApiException {
		try {
			return Roles.of(peer);
		} catch (CertificateException e) {
			throw ApiException.forbidden("no_role", "the client certificate carries no fleet role");
		}
	}

	private void authorize(X509Certificate peer, Role role, Route route, String operation) throws ApiException {
		X509CRL crl;
		try {
			crl = crls.currentCrl();
			if (crl == null) {
				throw new CRLException("no CRL held");
			}
			Crls.checkCurrent(crl, Instant.now());
		} catch (PkiException | CRLException e) {
			throw new ApiException(503, "no_crl", "the server has no current CRL to check the client against");
		}
		if (crl.isRevoked(peer)) {
			log.warn("refused " + operation + " from the revoked " + peer.getSubjectX500Principal().getName());
			throw ApiException.forbidden("revoked", "the client certificate is revoked");
		}
		if (!route.roles().contains(role)) {
			throw ApiException.forbidden("wrong_role", "role " + role.token() + " may not " + operation + "; allowed: "
					+ route.roles().stream().map(Role::token).collect(Collectors.joining(", ")));
		}
	}

	private byte[] readBody(HttpExchange exchange) throws ApiException, IOException {
		String type = exchange.getRequestHeaders().getFirst("Content-Type");
		if (type == null || !type.toLowerCase().startsWith("application/json")) {
			throw new ApiException(415, "unsupported_media_type", "the body must be application/json");
		}
		String length = exchange.getRequestHeaders().getFirst("Content-Length");
		// a huge announced body is refused before a byte is read (the client then sees the connection close)
		if (length != null && (length.trim().length() > 18 || Long.parseLong(length.trim()) > DRAIN_LIMIT)) {
			throw tooLarge();
		}
		try (InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readNBytes(maxBodyBytes + 1);
			if (body.length > maxBodyBytes) {
				drain(in);
				throw tooLarge();
			}
			return body;
		}
	}

	/**
	 * Reads and drops the rest of an oversized body, up to {@link #DRAIN_LIMIT}: a client still sending when the
	 * server closes gets a reset connection instead of the 413 (the JDK server itself drains only 64 KiB).
	 */
	private static void drain(InputStream in) throws IOException {
		long left = DRAIN_LIMIT;
		byte[] buffer = new byte[8192];
		for (int read; left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;) {
			left -= read;
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
		private final Map<String, Resource> routes = new HashMap<>();
		private ExchangeListener listener = ExchangeListener.NONE;
		private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
		private int threads = DEFAULT_THREADS;

		private Builder(String name, InetSocketAddress address, SSLContext context, CrlSource crls) {
			this.name = name;
			this.address = address;
			this.context = context;
			this.crls = crls;
		}

		/**
		 * Adds a route: {@code method} and {@code path}, callable by the given roles only. The path is exact or a
		 * template such as {@code /v1/vms/{uuid}/start}; the handler reads parameters with
		 * {@link ApiRequest#pathParameter}.
		 */
		public Builder route(String method, String path, Set<Role> roles, ApiHandler handler) {
			if (roles.isEmpty()) {
				throw new IllegalArgumentException(method + " " + path + " must allow at least one role");
			}
			Route previous = routes.computeIfAbsent(path, p -> new Resource(PathTemplate.parse(p), new HashMap<>()))
					.methods().put(method, new Route(EnumSet.copyOf(roles), handler));
			if (previous != null) {
				throw new IllegalArgumentException(method + " " + path + " is routed twice");
			}
			return this;
		}

		/** Tells the listener about every answered request, refusals included. */
		public Builder onExchange(ExchangeListener exchangeListener) {
			listener = exchangeListener;
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
			routes.replaceAll((path, resource) -> new Resource(resource.template(), Map.copyOf(resource.methods())));
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
