package org.vtpmconsole.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.agent.swtpm.NvCommands;
import org.vtpmconsole.agent.swtpm.StateFiles;
import org.vtpmconsole.agent.vm.Vm;
import org.vtpmconsole.cli.VmCommand;
import org.vtpmconsole.cli.Vtpmctl;
import org.vtpmconsole.label.Label;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.Roles;
import org.vtpmconsole.protocol.agent.AgentClient;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.EventList;
import org.vtpmconsole.protocol.agent.HostCertificates;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.agent.KeyCertificationInfo;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.PcrBanks;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.protocol.http.ErrorResponse;
import org.vtpmconsole.protocol.http.Json;
import org.vtpmconsole.tpm.verify.CertificationVerifier;
import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

/**
 * The agent's API end to end: real fleet identities, real mutual TLS on 127.0.0.1, a real swtpm as host TPM and real
 * QEMU guests behind the vTPM gateway.
 */
class AgentApiTest {
	private static final byte[] MARKER = "vtpm-console-restart-marker-001".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ROTATION_MARKER = "vtpm-console-rotation-marker-04".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	static Path dir;

	private static TestAgent test;
	/** A stopped VM the read and audit tests share. */
	private static UUID idle;

	@BeforeAll
	static void startAgent() throws Exception {
		test = TestAgent.start(dir);
		idle = UUID.fromString(test.client("admin").create("16M").uuid());
	}

	@AfterAll
	static void stopAgent() {
		if (test != null) {
			test.close();
		}
	}

	@Test
	void auditorReadsButMayNotChange() throws Exception {
		AgentClient auditor = test.client("auditor");
		HostInfo host = auditor.host();
		assertEquals("compute-test", host.name());
		assertTrue(host.tpm().startsWith("swtpm-unix:/"), host.tpm());
		assertEquals(68, host.keyNames().get("rsa-local").length(), "nameAlg + SHA-256, hex: " + host.keyNames());
		assertEquals(host.keyNames().get("rsa-local"), HexFormat.of().formatHex(
				TpmPublicArea.parse(host.rsaLocalPublicArea()).name()),
				"the RSA_local public area the console pins hashes to the key's name");
		assertEquals(TestAgent.QEMU.toRealPath().toString(), host.approvedQemu().get(0).path());
		assertEquals(List.of("aik"), host.certificates());
		assertTrue(auditor.vms().vms().stream().anyMatch(vm -> vm.uuid().equals(idle.toString())));
		assertEquals(VmInfo.STOPPED, auditor.vm(idle).state());

		ApiCallException refused = assertThrows(ApiCallException.class, () -> auditor.create("16M"));
		assertEquals(403, refused.status());
		assertEquals("wrong_role", refused.code());
		assertTrue(refused.getMessage().contains("role auditor may not POST /v1/vms"), refused.getMessage());
		assertEquals("wrong_role", assertThrows(ApiCallException.class, () -> test.client("approver").start(idle)).code());
	}

	@Test
	void readersGetTheEnrolledCertificatesAndAFreshCertificationOfRsaLocal() throws Exception {
		AgentClient auditor = test.client("auditor");
		HostInfo host = auditor.host();
		List<HostCertificates.Enrolled> enrolled = auditor.hostCertificates().certificates();
		assertEquals(List.of("aik"), enrolled.stream().map(HostCertificates.Enrolled::role).toList());
		X509Certificate aik = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(enrolled.get(0).certificate()));
		assertEquals(Role.AIK, Roles.of(aik));

		byte[] nonce = new byte[32];
		new SecureRandom().nextBytes(nonce);
		KeyCertificationInfo certification = auditor.certifyRsaLocal(nonce);
		assertArrayEquals(host.rsaLocalPublicArea(), certification.publicArea());
		byte[] rsaLocal = HexFormat.of().parseHex(host.keyNames().get("rsa-local"));
		CertificationVerifier.verify((RSAPublicKey) aik.getPublicKey(), certification.attest(),
				certification.signature(), nonce, rsaLocal);
		byte[] otherNonce = nonce.clone();
		otherNonce[31] ^= 1;
		VerificationException replayed = assertThrows(VerificationException.class,
				() -> CertificationVerifier.verify((RSAPublicKey) aik.getPublicKey(), certification.attest(),
						certification.signature(), otherNonce, rsaLocal));
		assertTrue(replayed.getMessage().contains("nonce"), replayed.getMessage());

		HttpResponse<String> shortNonce = test.http("auditor").send(HttpRequest.newBuilder(
				test.uri().resolve("/v1/host/rsa-local/certification"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"nonce\": \"AAAAAAAAAAA=\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertRefused(shortNonce, 400, "invalid_body", "field 'nonce' must be 16 to 64 bytes, not 8");
	}

	@Test
	void adminRunsAVmAndReadsItsVpcrsThroughTheApi() throws Exception {
		AgentClient admin = test.client("admin");
		UUID vm = UUID.fromString(admin.create("16M").uuid());
		assertEquals(409, assertThrows(ApiCallException.class, () -> admin.pcrs(vm)).status(), "not running");
		long seen = admin.events(0, 0).next();
		VmInfo running = admin.start(vm);
		assertEquals(VmInfo.RUNNING, running.state());
		assertEquals(VmInfo.VTPM_SERVING, running.vtpm());
		assertTrue(List.of("kvm", "tcg").contains(running.accelerator()), running.accelerator());
		assertEquals(running, admin.vm(vm));
		try {
			assertEquals("vm_running", assertThrows(ApiCallException.class, () -> admin.start(vm)).code());
			PcrBanks pcrs = awaitFirmwareMeasurements(admin, vm);
			for (int pcr = 0; pcr <= 7; pcr++) {
				assertFalse(pcrs.banks().get("sha256").get(pcr).matches("0+"), "sha256 PCR " + pcr + " is extended");
				assertFalse(pcrs.banks().get("sha1").get(pcr).matches("0+"), "sha1 PCR " + pcr + " is extended");
			}
			assertEquals("0".repeat(64), pcrs.banks().get("sha256").get(16));
			assertEquals("vm_running", assertThrows(ApiCallException.class, () -> admin.reissueLabel(vm, 5)).code());
		} finally {
			VmInfo stopped = admin.stop(vm);
			assertEquals(VmInfo.STOPPED, stopped.state());
			assertEquals(null, stopped.accelerator());
			assertEquals(null, stopped.vtpm());
		}
		List<String> types = eventsAfter(admin, seen).stream().filter(event -> event.vm().equals(vm.toString()))
				.map(AgentEvent::type).toList();
		assertTrue(types.containsAll(List.of("vtpm.admitted", "vm.started", "vm.stopped", "vtpm.closed")), "" + types);

		LabelInfo renewed = admin.reissueLabel(vm, 5);
		Instant notAfter = Instant.parse(renewed.notAfter());
		assertTrue(Duration.between(Instant.now(), notAfter).toHours() > 5 * 24 - 2, renewed.notAfter());
		assertArrayEquals(Label.uuidHash(LabelCodec.decode(renewed.label()).digestAlgorithm(), vm),
				HexFormat.of().parseHex(renewed.uuidHash()));
		assertTrue(admin.verifyLabel(vm).valid());
	}

	@Test
	void rotatingTheStateKeyKeepsTheVtpmAndItsNv() throws Exception {
		AgentClient admin = test.client("admin");
		UUID uuid = UUID.fromString(admin.create("16M").uuid());
		Vm vm = test.agent().vms().vm(uuid);
		admin.start(uuid);
		try {
			awaitFirmwareMeasurements(admin, uuid);
			NvCommands.defineAndWrite(test.agent().vms().gateway(vm), ROTATION_MARKER);
			assertEquals("vm_running", assertThrows(ApiCallException.class, () -> admin.rotateLabel(uuid)).code());
		} finally {
			admin.stop(uuid);
		}
		LabelInfo before = admin.label(uuid);
		byte[] checkValueBefore = vm.vtpm().readCheckValue();
		long seen = admin.events(0, 0).next();
		List<String> auditBefore = auditLines();
		ApiCallException auditor = assertThrows(ApiCallException.class, () -> test.client("auditor").rotateLabel(uuid));
		assertEquals(403, auditor.status());

		LabelInfo rotated = admin.rotateLabel(uuid);
		List<String> audited = auditLines().subList(auditBefore.size(), auditLines().size());
		assertEquals(2, audited.size(), "" + audited);
		assertAudited(audited.get(0), "CN=olga", "auditor", "POST /v1/vms/{uuid}/label/rotate", uuid, "wrong_role");
		assertAudited(audited.get(1), "CN=alice", "admin", "POST /v1/vms/{uuid}/label/rotate", uuid, "ok");


		assertArrayEquals(rotated.label(), admin.label(uuid).label(), "the answer is the label now in the image");
		assertFalse(Arrays.equals(LabelCodec.decode(before.label()).secret(), LabelCodec.decode(rotated.label()).secret()));
		assertEquals(before.notBefore(), rotated.notBefore(), "rotation keeps the validity window");
		assertEquals(before.notAfter(), rotated.notAfter());
		assertTrue(admin.verifyLabel(uuid).valid(), admin.verifyLabel(uuid).summary());
		assertFalse(Arrays.equals(checkValueBefore, vm.vtpm().readCheckValue()), "the vTPM is under another key");
		assertTrue(eventsAfter(admin, seen).stream().anyMatch(event -> event.vm().equals(uuid.toString())
				&& event.type().equals("vtpm.key_rotated")));
		assertEquals(List.of(), StateFiles.containing(vm.dir(), ROTATION_MARKER), "no plaintext in the VM's files");

		admin.start(uuid);
		try {
			awaitFirmwareMeasurements(admin, uuid);
			assertArrayEquals(ROTATION_MARKER, NvCommands.read(test.agent().vms().gateway(vm), ROTATION_MARKER.length),
					"the guest's vTPM kept its NV contents under the new key");
		} finally {
			admin.stop(uuid);
		}
	}

	@Test
	void aVmKeepsTheNameItWasCreatedWith() throws Exception {
		AgentClient admin = test.client("admin");
		String name = "web-01.prod_" + "x".repeat(52);
		VmInfo created = admin.create("16M", name);
		assertEquals(name, created.name());
		UUID uuid = UUID.fromString(created.uuid());
		assertEquals(name, test.client("auditor").vm(uuid).name());
		assertEquals(null, admin.vm(idle).name(), "a VM created without a name has none");
		Path stored = test.agent().vms().vm(uuid).dir().resolve("vm.properties");
		assertTrue(Files.readString(stored).contains("name=" + name), "kept in the VM's directory");
		assertFalse(Files.exists(stored.resolveSibling("vm.properties.partial")));
		assertTrue(vtpmctl("list", vtpmctlConnection()).contains(uuid + "  stopped  " + name + "  "));
	}

	@Test
	void clientWithoutCertificateIsRefusedInTheHandshake() throws Exception {
		HttpClient anonymous = HttpClient.newBuilder().sslContext(test.anonymousContext())
				.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
		assertThrows(IOException.class, () -> anonymous.send(HttpRequest.newBuilder(uri("/v1/host")).build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void aRevocationTakesEffectWhenTheCrlFileIsReplaced() throws Exception {
		HttpClient mallory = test.http(test.issueUser("mallory", Role.ADMIN));
		assertEquals(200, get(mallory, "/v1/host").statusCode());
		test.revokeAndPublishCrl("mallory");
		try {
			HttpResponse<String> response = get(mallory, "/v1/host");
			assertRefused(response, 403, "revoked", "revoked");
		} catch (IOException refusedInTheHandshake) {
			// a new connection: the handshake already checks the new CRL
		}
		assertEquals(200, get(test.http("auditor"), "/v1/host").statusCode(), "others are still served");
	}

	@Test
	void badBodiesAreRefusedWithTheProblemNamed() throws Exception {
		HttpClient admin = test.http("admin");
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\": "), 400, "invalid_body", "malformed JSON at line 1");
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\":\"16M\",\"admin\":true}"), 400, "invalid_body",
				"unknown field 'admin'");
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\":16}"), 400, "invalid_body", "field 'diskSize' must be a string");
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\":\"16T\"}"), 400, "invalid_body", "field 'diskSize'");
		assertRefused(post(admin, "/v1/vms", "{}"), 400, "invalid_body", "missing field 'diskSize'");
		for (String badName : List.of("\"\"", "\"web 01\"", "\"" + "a".repeat(65) + "\"", "\"../etc\"", "\"caf\u00e9\"")) {
			assertRefused(post(admin, "/v1/vms", "{\"diskSize\":\"16M\",\"name\":" + badName + "}"), 400, "invalid_body",
					"field 'name' must be 1 to 64 letters, digits, '.', '_' or '-'");
		}
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\":\"16M\",\"name\":7}"), 400, "invalid_body",
				"field 'name' must be a string");
		assertRefused(post(admin, "/v1/vms", "{\"diskSize\":\"" + "1".repeat(70_000) + "\"}"), 413, "body_too_large",
				"65536 bytes");
		assertRefused(post(admin, "/v1/vms/" + idle + "/start", "{\"force\":true}"), 400, "invalid_body",
				"unknown field 'force'");
		assertRefused(post(admin, "/v1/vms/" + idle + "/label/reissue", "{\"days\":\"5\"}"), 400, "invalid_body",
				"field 'days' must be a whole number");
		assertRefused(post(admin, "/v1/vms/" + UUID.randomUUID() + "/start", "{}"), 404, "not_found", "no VM");
		assertRefused(post(admin, "/v1/vms/not..a..uuid/start", "{}"), 404, "not_found", "no VM");
		assertRefused(get(admin, "/v1/vms/" + idle + "/nothing"), 404, "not_found", "no resource");
		assertRefused(get(admin, "/v1/vms/" + idle + "/start"), 405, "method_not_allowed", "allowed: POST");
		assertRefused(get(admin, "/v1/events?wait=99"), 400, "invalid_query", "'wait'");
	}

	@Test
	void hundredConcurrentClientsAreServed() throws Exception {
		int clients = 100;
		SSLContext context = test.context("auditor");
		CountDownLatch ready = new CountDownLatch(clients);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<Long>> calls = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				calls.add(pool.submit(() -> {
					// one HttpClient each: its own connection and TLS handshake
					HttpClient client = HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
							.connectTimeout(Duration.ofSeconds(30)).build();
					ready.countDown();
					go.await();
					long start = System.nanoTime();
					HttpResponse<String> response = get(client, "/v1/vms");
					assertEquals(200, response.statusCode(), response.body());
					return System.nanoTime() - start;
				}));
			}
			assertTrue(ready.await(30, TimeUnit.SECONDS));
			go.countDown();
			List<Long> millis = new ArrayList<>();
			for (Future<Long> call : calls) {
				millis.add(TimeUnit.NANOSECONDS.toMillis(call.get(60, TimeUnit.SECONDS)));
			}
			Collections.sort(millis);
			System.out.println("100 concurrent clients, each a new TLS connection: median " + millis.get(clients / 2)
					+ " ms, max " + millis.get(clients - 1) + " ms");
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void everyChangeIsAuditedAndNoRead() throws Exception {
		AgentClient admin = test.client("admin");
		AgentClient auditor = test.client("auditor");
		List<String> before = auditLines();
		auditor.host();
		auditor.vms();
		auditor.label(idle);
		admin.vm(idle);
		assertEquals(before, auditLines(), "reads are not audited");

		admin.reissueLabel(idle, 30);
		assertThrows(ApiCallException.class, () -> auditor.reissueLabel(idle, 30));
		List<String> added = auditLines().subList(before.size(), auditLines().size());
		assertEquals(2, added.size(), "" + added);
		assertAudited(added.get(0), "CN=alice", "admin", "POST /v1/vms/{uuid}/label/reissue", idle, "ok");
		assertAudited(added.get(1), "CN=olga", "auditor", "POST /v1/vms/{uuid}/label/reissue", idle, "wrong_role");
	}

	@Test
	void restartWhileAVmRunsLosesNothing() throws Exception {
		AgentClient admin = test.client("admin");
		UUID uuid = UUID.fromString(admin.create("16M").uuid());
		admin.start(uuid);
		awaitFirmwareMeasurements(admin, uuid);
		Vm vm = test.agent().vms().vm(uuid);
		NvCommands.defineAndWrite(test.agent().vms().gateway(vm), MARKER);
		byte[] labelBefore = admin.label(uuid).label();

		test.restart();

		AgentClient again = test.client("admin");
		assertEquals(VmInfo.STOPPED, again.vm(uuid).state(), "the agent stopped its VM cleanly and found it again");
		assertTrue(again.vms().vms().stream().anyMatch(listed -> listed.uuid().equals(uuid.toString())));
		assertArrayEquals(labelBefore, again.label(uuid).label());
		assertTrue(again.verifyLabel(uuid).valid(), again.verifyLabel(uuid).summary());
		again.start(uuid);
		try {
			awaitFirmwareMeasurements(again, uuid);
			Vm rediscovered = test.agent().vms().vm(uuid);
			assertArrayEquals(MARKER, NvCommands.read(test.agent().vms().gateway(rediscovered), MARKER.length),
					"the vTPM kept its NV contents through the restart");
		} finally {
			again.stop(uuid);
		}
	}

	@Test
	void vtpmctlVmPcrsEndToEnd() throws Exception {
		String[] connection = vtpmctlConnection();
		assertTrue(vtpmctl("list", connection).contains(idle + "  stopped  -  "), "no name: -");
		assertTrue(vtpmctl("start", connection, "--vm", idle.toString()).contains(idle + "  running"));
		try {
			awaitFirmwareMeasurements(test.client("admin"), idle);
			String pcrs = vtpmctl("pcrs", connection, "--vm", idle.toString());
			assertEquals(48, pcrs.lines().count(), pcrs);
			assertTrue(pcrs.lines().anyMatch(line -> line.matches("sha256  0  [0-9a-f]{64}") && !line.endsWith("0".repeat(64))),
					pcrs);
		} finally {
			assertTrue(vtpmctl("stop", connection, "--vm", idle.toString()).contains(idle + "  stopped"));
		}
	}

	@Test
	void rotatingWithAnotherVmsLabelInTheImageIsRefused() throws Exception {
		AgentClient admin = test.client("admin");
		UUID uuid = UUID.fromString(admin.create("16M").uuid());
		Path image = test.agent().vms().vm(uuid).image();
		Qcow2LabelStore store = new Qcow2LabelStore();
		byte[] own = store.readBytes(image).orElseThrow();
		store.write(image, LabelCodec.decode(admin.label(idle).label()));

		ApiCallException refused = assertThrows(ApiCallException.class, () -> admin.rotateLabel(uuid));

		assertEquals(409, refused.status());
		assertEquals("label_refused", refused.code());
		assertTrue(refused.getMessage().contains("does not open this vTPM"), refused.getMessage());
		assertArrayEquals(admin.label(idle).label(), store.readBytes(image).orElseThrow(), "the image is untouched");
		store.write(image, LabelCodec.decode(own));
		assertTrue(admin.verifyLabel(uuid).valid());
	}

	@Test
	void vtpmctlRotatesTheKeyOfAStoppedVm() throws Exception {
		AgentClient admin = test.client("admin");
		UUID uuid = UUID.fromString(admin.create("16M").uuid());
		byte[] checkValueBefore = test.agent().vms().vm(uuid).vtpm().readCheckValue();
		LabelInfo before = admin.label(uuid);

		String output = vtpmctl("rotate-key", vtpmctlConnection(), "--vm", uuid.toString());

		assertEquals(uuid + "  state key rotated  LOCAL  valid " + before.notBefore() + " .. " + before.notAfter(),
				output.strip());
		assertFalse(Arrays.equals(before.label(), admin.label(uuid).label()));
		assertFalse(Arrays.equals(checkValueBefore, test.agent().vms().vm(uuid).vtpm().readCheckValue()));
		assertTrue(admin.verifyLabel(uuid).valid(), admin.verifyLabel(uuid).summary());
	}

	private static String[] vtpmctlConnection() {
		return new String[] { "--agent", test.uri().toString(), "--identity", dir.resolve("admin.p12").toString(),
				"--password-file", dir.resolve("agent.password").toString() };
	}

	private static String vtpmctl(String action, String[] connection, String... more) {
		List<String> args = new ArrayList<>(List.of("vm", action));
		args.addAll(List.of(connection));
		args.addAll(List.of(more));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Vtpmctl("test", List.of(new VmCommand())).run(args.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(Vtpmctl.EXIT_OK, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	/** SeaBIOS measures into PCRs 0-7 shortly after QEMU starts; before its TPM2_Startup the vTPM cannot be read. */
	static PcrBanks awaitFirmwareMeasurements(AgentClient client, UUID vm) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			try {
				PcrBanks pcrs = client.pcrs(vm);
				if (!pcrs.banks().get("sha256").get(0).matches("0+") && !pcrs.banks().get("sha256").get(7).matches("0+")) {
					return pcrs;
				}
			} catch (ApiCallException e) {
				if (!"vtpm_unavailable".equals(e.code()) || System.currentTimeMillis() > deadline) {
					throw e;
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("SeaBIOS did not extend PCR 0 and 7 within 30 s");
			}
			Thread.sleep(100);
		}
	}

	private static List<AgentEvent> eventsAfter(AgentClient client, long after) throws Exception {
		EventList events = client.events(after, 5);
		assertFalse(events.missed());
		return events.events();
	}

	private static List<String> auditLines() throws IOException {
		return Files.exists(test.auditLog()) ? Files.readAllLines(test.auditLog()) : List.of();
	}

	private static void assertAudited(String line, String user, String role, String action, UUID target,
			String outcome) throws Exception {
		AuditEntry entry = Json.read(line.getBytes(StandardCharsets.UTF_8), AuditEntry.class);
		assertTrue(entry.user().contains(user), line);
		assertEquals(role, entry.role(), line);
		assertEquals(action, entry.action(), line);
		assertEquals(target.toString(), entry.target(), line);
		assertEquals(outcome, entry.outcome(), line);
		assertTrue(Duration.between(Instant.parse(entry.time()), Instant.now()).toMinutes() < 5, line);
	}

	/** The audit log's line format (docs/api.md), bound strictly. */
	record AuditEntry(String time, String user, String role, String action, String target, String outcome,
			Integer status) {
	}

	private static void assertRefused(HttpResponse<String> response, int status, String code, String message)
			throws Exception {
		assertEquals(status, response.statusCode(), response.body());
		assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
		ErrorResponse error = Json.read(response.body().getBytes(StandardCharsets.UTF_8), ErrorResponse.class);
		assertEquals(code, error.code(), response.body());
		assertTrue(error.message().contains(message), response.body());
	}

	private static HttpResponse<String> post(HttpClient client, String path, String body) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return test.uri().resolve(path);
	}
}
