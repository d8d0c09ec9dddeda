package org.vtpmconsole.protocol.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

/**
 * A client of a fleet API: java.net.http over the fleet's mutual-TLS context, HTTP/1.1 (the JDK server's), bounded
 * connect and request times, strict JSON both ways, and one exception type for every failure.
 */
public final class JsonClient {

	public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
	private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	private final URI base;
	private final HttpClient http;

	/** @param base e.g. {@code https://ca.example:8443}; paths are appended to it */
	public JsonClient(URI base, SSLContext context) {
		if (!"https".equals(base.getScheme())) {
			throw new IllegalArgumentException("fleet APIs are served over https, not " + base);
		}
		this.base = base;
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
