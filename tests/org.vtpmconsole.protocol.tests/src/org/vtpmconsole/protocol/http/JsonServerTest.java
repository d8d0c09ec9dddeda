package org.vtpmconsole.protocol.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.tls.FleetTls;

/** The API server over real mutual TLS on 127.0.0.1: strict JSON, bounded bodies, roles, client certificates. */
class JsonServerTest {

	/** A message with one field of each kind the API uses. */
	public record Probe(String name, Integer count, byte[] data) {
		public Probe {
			if (name == null) {
				throw new IllegalArgumentException("missing field 'name'");
			}
		}
	}

	private static final char[] PASSWORD = "p12 password".toCharArray();

	@TempDir
	static Path temp;
	static FleetCa ca;
	static JsonServer server;
	static HttpClient admin;
	static final List<ApiExchange> exchanges = new java.util.concurrent.CopyOnWriteArrayList<>();
	static HttpClient auditor;
	static SSLContext anonymous;

	@BeforeAll
	static void start() throws Exception {
		ca = FleetCa.init(temp.resolve("ca"), "correct horse battery staple".toCharArray(), CaOptions.defaults());
		ca.issueTlsServer("127.0.0.1", List.of(), temp.resolve("server.p12"), PASSWORD);
		ca.issueUser("alice", Role.ADMIN, temp.resolve("admin.p12"), PASSWORD);
		ca.issueUser("olga", Role.AUDITOR, temp.resolve("auditor.p12"), PASSWORD);
		SSLContext serverContext = FleetTls.serverContext(FleetTls.loadIdentity(temp.resolve("server.p12"), PASSWORD),
				PASSWORD, ca.rootCertificate(), ca);
		server = JsonServer.builder("test", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), serverContext, ca)
				.maxBodyBytes(1024)
				.route("POST", "/v1/probe", EnumSet.of(Role.ADMIN), request -> request.body(Probe.class))
				.route("GET", "/v1/probe", EnumSet.of(Role.ADMIN, Role.AUDITOR),
						request -> new Probe(request.peerRole().token(), 1, new byte[] { 1 }))
				.route("GET", "/v1/probes/{id}", EnumSet.of(Role.ADMIN),
						request -> new Probe(request.pathParameter("id"), 2, new byte[0]))
				.route("GET", "/v1/probes/latest", EnumSet.of(Role.ADMIN),
						request -> new Probe("latest", 3, new byte[0]))
				.onExchange(exchanges::add).start();
		admin = client("admin");
		auditor = client("auditor");
		anonymous = anonymousContext(ca.rootCertificate());
	}

	@AfterAll
	static void stop() {
		server.close();
		ca.close();
	}

	private static HttpClient client(String identity) throws Exception {
		SSLContext context = FleetTls.clientContext(FleetTls.loadIdentity(temp.resolve(identity + ".p12"), PASSWORD),
				PASSWORD, ca.rootCertificate(), ca);
		return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
	}

	private static HttpResponse<String> post(HttpClient client, String body) throws Exception {
		return post(client, body, Duration.ofSeconds(10));
	}

	private static HttpResponse<String> post(HttpClient client, String body, Duration timeout) throws Exception {
		return client.send(HttpRequest.newBuilder(uri()).timeout(timeout)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri() {
		return URI.create("https://127.0.0.1:" + server.port() + "/v1/probe");
	}

	private static ErrorResponse refusal(HttpResponse<String> response, int status) throws Exception {
		assertEquals(status, response.statusCode(), response.body());
		assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
		return Json.read(response.body().getBytes(StandardCharsets.UTF_8), ErrorResponse.class);
	}

	@Test
	void aWellFormedBodyIsBoundAndAnswered() throws Exception {
		HttpResponse<String> response = post(admin, "{\"name\":\"x\",\"count\":3,\"data\":\"AQI=\"}");
		assertEquals(200, response.statusCode(), response.body());
		Probe probe = Json.read(response.body().getBytes(StandardCharsets.UTF_8), Probe.class);
		assertEquals(3, probe.count());
		assertEquals(2, probe.data().length);
	}

	@Test
	void malformedJsonIsRefusedWithItsPosition() throws Exception {
		ErrorResponse error = refusal(post(admin, "{\"name\": \"x\",,}"), 400);
		assertEquals("invalid_body", error.code());
		assertTrue(error.message().startsWith("malformed JSON at line 1"), error.message());
	}

	@Test
	void anUnknownFieldIsNamed() throws Exception {
		ErrorResponse error = refusal(post(admin, "{\"name\":\"x\",\"admin\":true}"), 400);
		assertEquals("unknown field 'admin'", error.message());
	}

	@Test
	void aWrongTypeIsNamedWithTheExpectedOne() throws Exception {
		assertEquals("field 'count' must be a whole number", refusal(post(admin, "{\"name\":\"x\",\"count\":\"3\"}"), 400).message());
		assertEquals("field 'name' must be a string", refusal(post(admin, "{\"name\":7}"), 400).message());
		assertEquals("field 'data' must be a base64 string",
				refusal(post(admin, "{\"name\":\"x\",\"data\":\"%%\"}"), 400).message());
		assertEquals("missing field 'name'", refusal(post(admin, "{\"count\":1}"), 400).message());
		assertEquals("the body must be a JSON object (Probe)", refusal(post(admin, "[1,2]"), 400).message());
	}

	@Test
	void anOversizedBodyIsRefused() throws Exception {
		ErrorResponse error = refusal(post(admin, "{\"name\":\"" + "x".repeat(2000) + "\"}"), 413);
		assertEquals("body_too_large", error.code());
		// more than the JDK server drains by itself: the client still gets the answer, not a reset connection
		assertEquals("body_too_large", refusal(post(admin, "{\"name\":\"" + "x".repeat(200_000) + "\"}"), 413).code());
	}

	@Test
	void templateRoutesPassTheirParameterAndLiteralRoutesWin() throws Exception {
		assertEquals("abc-1", get(admin, "/v1/probes/abc-1").name());
		assertEquals("latest", get(admin, "/v1/probes/latest").name());
		assertEquals(404, admin.send(HttpRequest.newBuilder(uri().resolve("/v1/probes/a%2Fb")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode());
	}

	@Test
	void theExchangeListenerHearsOfAnswersAndRefusals() throws Exception {
		exchanges.clear();
		get(admin, "/v1/probes/xyz");
		refusal(post(auditor, "{\"name\":\"a\",\"count\":1,\"data\":\"AQ==\"}"), 403);
		assertEquals(2, exchanges.size(), "" + exchanges);
		ApiExchange read = exchanges.get(0);
		assertEquals("/v1/probes/{id}", read.route().orElseThrow());
		assertEquals(Map.of("id", "xyz"), read.parameters());
		assertEquals(200, read.status());
		ApiExchange refused = exchanges.get(1);
		assertEquals(Role.AUDITOR, refused.role().orElseThrow(), "a refusal still names who asked");
		assertEquals("wrong_role", refused.code().orElseThrow());
		assertTrue(refused.peer().orElseThrow().getSubjectX500Principal().getName().contains("olga"));
	}

	private static Probe get(HttpClient client, String path) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri().resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, response.statusCode(), response.body());
		return Json.read(response.body().getBytes(StandardCharsets.UTF_8), Probe.class);
	}

	@Test
	void aRoleTheRouteDoesNotAllowGets403() throws Exception {
		ErrorResponse error = refusal(post(auditor, "{\"name\":\"x\"}"), 403);
		assertEquals("wrong_role", error.code());
		assertTrue(error.message().contains("auditor may not POST /v1/probe"), error.message());
		HttpResponse<String> read = auditor.send(HttpRequest.newBuilder(uri()).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, read.statusCode());
	}

	@Test
	void unknownPathsAndMethodsAreRefused() throws Exception {
		HttpResponse<String> missing = admin.send(
				HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/v1/nothing")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals("not_found", refusal(missing, 404).code());
		HttpResponse<String> delete = admin.send(HttpRequest.newBuilder(uri()).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals("method_not_allowed", refusal(delete, 405).code());
	}

	@Test
	void withoutAClientCertificateTheHandshakeIsRefused() {
		HttpClient stranger = HttpClient.newBuilder().sslContext(anonymous).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();
		assertThrows(IOException.class, () -> stranger.send(HttpRequest.newBuilder(uri()).GET().build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void aRevokedClientIsRefusedOnAKeptAliveConnection() throws Exception {
		var issued = ca.issueUser("mallory", Role.ADMIN, temp.resolve("mallory.p12"), PASSWORD);
		HttpClient mallory = client("mallory");
		assertEquals(200, post(mallory, "{\"name\":\"x\"}").statusCode());
		ca.revoke(issued.serial(), RevocationReason.KEY_COMPROMISE);
		HttpResponse<String> after = post(mallory, "{\"name\":\"x\"}");
		// a new handshake fails outright; a kept-alive connection gets the per-request check's 403
		assertEquals("revoked", refusal(after, 403).code());
	}

	/**
	 * The handshake checked a current CRL; on the same kept-alive connection the server's CRL has since expired. Every
	 * request checks it again: before, only revocation was re-checked and the request was served.
	 */
	@Test
	void aCrlThatExpiredAfterTheHandshakeFailsTheNextRequestClosed() throws Exception {
		AtomicReference<X509CRL> held = new AtomicReference<>(ca.currentCrl());
		SSLContext serverContext = FleetTls.serverContext(FleetTls.loadIdentity(temp.resolve("server.p12"), PASSWORD),
				PASSWORD, ca.rootCertificate(), held::get);
		try (JsonServer expiring = JsonServer.builder("expiring", new InetSocketAddress(InetAddress.getLoopbackAddress(),
				0), serverContext, held::get).route("GET", "/v1/probe", EnumSet.of(Role.ADMIN),
						request -> new Probe("served", 1, new byte[0])).start()) {
			URI probe = URI.create("https://127.0.0.1:" + expiring.port() + "/v1/probe");
			assertEquals(200, admin.send(HttpRequest.newBuilder(probe).GET().build(), HttpResponse.BodyHandlers.ofString())
					.statusCode());
			held.set(expiredCrl());
			HttpResponse<String> after = admin.send(HttpRequest.newBuilder(probe).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals("no_crl", refusal(after, 503).code());
		}
	}

	/** Expired an hour ago; signed by a throwaway key, which the per-request check never reaches. */
	private static X509CRL expiredCrl() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair key = generator.generateKeyPair();
		Instant now = Instant.now();
		return new JcaX509CRLConverter().getCRL(new JcaX509v2CRLBuilder(ca.rootCertificate().getSubjectX500Principal(),
				Date.from(now.minusSeconds(7200))).setNextUpdate(Date.from(now.minusSeconds(3600)))
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
	}

	@Test
	void aHundredConcurrentClientsAreServed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(100);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				// served is the point, not how fast: 100 TLS handshakes on two busy cores may take a while
				answers.add(pool.submit(() -> post(client("admin"), "{\"name\":\"x\"}", Duration.ofSeconds(60))
						.statusCode()));
			}
			for (Future<Integer> answer : answers) {
				assertEquals(200, answer.get(60, TimeUnit.SECONDS));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theTypedClientReportsRefusalsAndUnreachableServers() throws Exception {
		SSLContext context = FleetTls.clientContext(FleetTls.loadIdentity(temp.resolve("auditor.p12"), PASSWORD),
				PASSWORD, ca.rootCertificate(), ca);
		JsonClient client = new JsonClient(URI.create("https://127.0.0.1:" + server.port()), context);
		ApiCallException refused = assertThrows(ApiCallException.class,
				() -> client.post("/v1/probe", new Probe("x", 1, null), Probe.class));
		assertEquals(403, refused.status());
		assertEquals("wrong_role", refused.code());
		assertEquals("auditor", client.get("/v1/probe", Map.of(), Probe.class).name());
		JsonClient nowhere = new JsonClient(URI.create("https://127.0.0.1:1"), context);
		ApiCallException unreachable = assertThrows(ApiCallException.class,
				() -> nowhere.get("/v1/probe", Map.of(), Probe.class));
		assertEquals(ApiCallException.UNREACHABLE, unreachable.code());
	}

	private static SSLContext anonymousContext(X509Certificate root) throws Exception {
		java.security.KeyStore anchors = java.security.KeyStore.getInstance("PKCS12");
		anchors.load(null, null);
		anchors.setCertificateEntry("root", root);
		TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
		trust.init(anchors);
		SSLContext context = SSLContext.getInstance("TLSv1.3");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}
}
