package org.vtpmconsole.protocol.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * A client of a fleet API: java.net.http over the fleet's mutual-TLS context, HTTP/1.1 (the JDK server's), bounded
 * connect and request times, strict JSON both ways, and one exception type for every failure.
 */
public final class JsonClient {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
	private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
	private static final Pattern CERTIFICATE_ALERT = Pattern.compile(
			"Received fatal alert: (certificate_unknown|certificate_revoked|certificate_expired|bad_certificate|unknown_ca)");

	private static final int PROBE_TIMEOUT_MILLIS = 2000;
	private static final String CLOSED_AFTER_HANDSHAKE = "none; the server closed the connection as soon as it had our"
			+ " certificate";

	private final URI base;
	private final SSLContext context;
	private final HttpClient http;

	/** @param base e.g. {@code https://ca.example:8443}; paths are appended to it */
	public JsonClient(URI base, SSLContext context) {
		if (!"https".equals(base.getScheme())) {
			throw new IllegalArgumentException("fleet APIs are served over https, not " + base);
		}
		this.base = base;
		this.context = context;
		http = HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public URI base() {
		return base;
	}

	public <T> T get(String path, Map<String, String> query, Class<T> responseType) throws ApiCallException {
		String encoded = query.entrySet().stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
		return send(request(path + (encoded.isEmpty() ? "" : "?" + encoded)).GET().build(), responseType);
	}

	public <T> T post(String path, Object body, Class<T> responseType) throws ApiCallException {
		return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(Json.write(body))).build(), responseType);
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(REQUEST_TIMEOUT).header("Accept",
				"application/json");
	}

	private <T> T send(HttpRequest request, Class<T> responseType) throws ApiCallException {
		HttpResponse<byte[]> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			Optional<String> alert = certificateAlert(e).or(this::probeForAlert);
			if (alert.isPresent()) {
				throw new ApiCallException(0, ApiCallException.CERTIFICATE_REFUSED, certificateRefused(base, alert.get()),
						e);
			}
			throw new ApiCallException(0, ApiCallException.UNREACHABLE,
					"no answer from " + base + ": " + describe(e), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ApiCallException(0, ApiCallException.UNREACHABLE, "interrupted while calling " + base, e);
		}
		byte[] body = response.body();
		if (body.length > MAX_RESPONSE_BYTES) {
			throw new ApiCallException(response.statusCode(), "invalid_response", base + " answered too much", null);
		}
		try {
			if (response.statusCode() != 200) {
				ErrorResponse error = Json.read(body, ErrorResponse.class);
				throw new ApiCallException(response.statusCode(), error.code(), error.message(), null);
			}
			return Json.read(body, responseType);
		} catch (Json.JsonProblem e) {
			throw new ApiCallException(response.statusCode(), "invalid_response",
					base + " answered " + response.statusCode() + " with an unexpected body: " + e.getMessage(), e);
		}
	}

	/** What a client says when the server refused its certificate in the handshake; the server's log says why. */
	public static String certificateRefused(URI server, String alert) {
		return server + " refused our certificate in the TLS handshake (alert: " + alert + "): "
				+ (alert.equals("certificate_revoked") ? "it is revoked"
						: "it is revoked, expired or not issued by this fleet's root; the server's log names which");
	}

	/**
	 * The TLS alert with which the server refused our certificate, if that is why the call failed. A JDK server sends
	 * certificate_unknown for every refused client certificate, revoked included, so the alert alone cannot say which;
	 * other servers may send certificate_revoked, certificate_expired, bad_certificate or unknown_ca.
	 */
	private static Optional<String> certificateAlert(IOException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SSLException && cause.getMessage() != null) {
				Matcher alert = CERTIFICATE_ALERT.matcher(cause.getMessage());
				if (alert.find()) {
					return Optional.of(alert.group(1));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * With TLS 1.3 the server checks our certificate after our side of the handshake is done, so the HTTP client sees
	 * only a reset or closed connection, and the JDK's server does not even flush its alert. After such a failure one
	 * bare handshake over the same context tells the cases apart: a server that accepts our certificate waits for a
	 * request (the read times out), one that refused it closes the connection at once, with or without an alert.
	 */
	private Optional<String> probeForAlert() {
		int port = base.getPort() < 0 ? 443 : base.getPort();
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(base.getHost(), port)) {
			socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
			try {
				socket.startHandshake();
				socket.getInputStream().read();
				return Optional.of(CLOSED_AFTER_HANDSHAKE);
			} catch (SocketTimeoutException accepted) {
				return Optional.empty();
			} catch (IOException closed) {
				if (refusedByUs(closed)) {
					return Optional.empty();
				}
				return certificateAlert(closed).or(() -> Optional.of(CLOSED_AFTER_HANDSHAKE));
			}
		} catch (IOException unreachable) {
			return Optional.empty();
		}
	}

	/** Our own trust manager refused the server's certificate: not the server refusing ours. */
	private static boolean refusedByUs(IOException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CertificateException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(IOException e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return e == root ? message : (e.getMessage() == null ? "" : e.getMessage() + ": ") + message;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
