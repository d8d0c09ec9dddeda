package org.vtpmconsole.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.label.LabelCodec;
import org.vtpmconsole.label.qcow2.Qcow2LabelStore;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.CertificateRole;
import org.vtpmconsole.model.Fleet;
import org.vtpmconsole.model.FleetFactory;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.model.LabelStatus;
import org.vtpmconsole.model.RunState;
import org.vtpmconsole.model.VirtualMachine;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.testing.StallingServer;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;
import org.vtpmconsole.tpm.verify.Attestation;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

/** The connection layer against a real fleet CA over real mutual TLS on 127.0.0.1. */
class ConnectionLayerTest {

	@TempDir
	Path temp;

	private TestCa ca;
	private Path workspace;
	private ConnectionRegistry registry;
	private ISecurePreferences storage;
	private CredentialStore credentials;
	private final RecordingTrust trust = new RecordingTrust();
	private ConnectionManager manager;

	/** Answers as told and remembers what it was asked. */
	static final class RecordingTrust implements TrustCallback {
		volatile boolean answer = true;
		final List<ServerIdentity> rootsAsked = new ArrayList<>();
		final List<ServerIdentity[]> changesAsked = new ArrayList<>();

		@Override
		public synchronized boolean trustRoot(ServerIdentity server) {
			rootsAsked.add(server);
			return answer;
		}

		@Override
		public synchronized boolean trustChangedServerCertificate(ServerIdentity previous, ServerIdentity current) {
			changesAsked.add(new ServerIdentity[] { previous, current });
			return answer;
		}
	}

	@BeforeEach
	void setUp() throws Exception {
		ca = new TestCa(Files.createDirectories(temp.resolve("fleet")));
		workspace = Files.createDirectories(temp.resolve("workspace"));
		registry = new ConnectionRegistry(workspace.resolve(ConnectionRegistry.FILE_NAME));
		storage = testSecureStorage();
		credentials = new CredentialStore(storage);
		manager = new ConnectionManager(registry, credentials, trust, Clock.systemUTC());
	}

	@AfterEach
	void tearDown() {
		Job.getJobManager().cancel(ConnectJob.FAMILY);
		ca.close();
	}

	/** Secure storage in a file of its own, with a fixed master password, so no dialog and no user keyring. */
	private ISecurePreferences testSecureStorage() throws IOException {
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
		return SecurePreferencesFactory.open(secureStorageFile().toUri().toURL(), options);
	}

	private Path secureStorageFile() {
		return temp.resolve("secure_storage");
	}

	private Connection addCa(String identity) throws ClientException {
		Connection connection = new Connection(ConnectionKind.CA, "Fleet CA", ca.uri());
		connection.setIdentityLabel(identity + ".p12");
		credentials.store(connection.id(), readIdentity(identity), TestCa.PASSWORD);
		registry.add(connection);
		return connection;
	}

	private byte[] readIdentity(String name) {
		try {
			return ca.identity(name);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void registryRoundTripKeepsNoSecretInTheWorkspace() throws Exception {
		Connection connection = addCa("admin");
		manager.connect(connection, new NullProgressMonitor());

		ConnectionRegistry reloaded = new ConnectionRegistry(workspace.resolve(ConnectionRegistry.FILE_NAME));
		Connection again = reloaded.find(connection.id()).orElseThrow();
		assertEquals("Fleet CA", again.name());
		assertEquals(ca.uri(), again.uri());
		assertEquals(ConnectionKind.CA, again.kind());
		assertEquals(connection.pinnedRoot(), again.pinnedRoot());
		assertEquals(connection.pinnedServerCertificate(), again.pinnedServerCertificate());
		assertEquals(ConnectionState.UNKNOWN, again.state(), "runtime state is not persisted");
		assertEquals("admin.p12", again.identityLabel().orElseThrow());
		assertTrue(credentials.has(connection.id()));
		assertTrue(credentials.load(connection.id()).subject().contains("alice"));

		byte[] p12 = ca.identity("admin");
		List<byte[]> secrets = List.of(new String(TestCa.PASSWORD).getBytes(StandardCharsets.UTF_8), p12,
				Base64.getEncoder().encode(p12), Base64.getEncoder().encode(java.util.Arrays.copyOf(p12, 48)));
		try (Stream<Path> files = Files.walk(workspace)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] content = Files.readAllBytes(file);
				for (byte[] secret : secrets) {
					assertFalse(contains(content, secret), file + " holds a secret");
				}
			}
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void removedConnectionLeavesNoTraceInTheRegistryOrSecureStorage() throws Exception {
		Connection connection = addCa("admin");
		manager.connect(connection, new NullProgressMonitor());
		Path registryFile = workspace.resolve(ConnectionRegistry.FILE_NAME);
		assertTrue(Files.readString(registryFile).contains(connection.id()));
		String node = CredentialStore.NODE + "/" + connection.id();
		assertTrue(storage.nodeExists(node));

		manager.remove(connection);

		assertTrue(registry.find(connection.id()).isEmpty());
		assertTrue(manager.caSession(connection).isEmpty(), "the session is forgotten");
		String registryText = Files.readString(registryFile);
		for (String trace : List.of(connection.id(), "Fleet CA", ca.uri().toString(), "admin.p12")) {
			assertFalse(registryText.contains(trace), trace + " left in " + registryText);
		}
		assertTrue(new ConnectionRegistry(registryFile).connections().isEmpty());
		assertFalse(storage.nodeExists(node), "the secure-storage node is gone");
		assertFalse(credentials.has(connection.id()));
		// and on disk: the storage file names nodes by their path
		assertFalse(Files.readString(secureStorageFile()).contains(connection.id()));
	}

	@Test
	void replacedIdentityIsTheOnlyOneStored() throws Exception {
		Connection connection = addCa("admin");
		assertEquals("admin", credentials.load(connection.id()).role().token());

		credentials.store(connection.id(), readIdentity("auditor"), TestCa.PASSWORD);

		assertEquals("auditor", credentials.load(connection.id()).role().token());
		assertEquals(List.of("password", "pkcs12"),
				Arrays.stream(storage.node(CredentialStore.NODE + "/" + connection.id()).keys()).sorted().toList());
	}

	@Test
	void wrongPasswordLeavesTheStoredIdentityAsItWas() throws Exception {
		Connection connection = addCa("admin");

		assertThrows(ClientException.class,
				() -> credentials.store(connection.id(), readIdentity("auditor"), "wrong".toCharArray()));

		assertEquals("admin", credentials.load(connection.id()).role().token());
	}

	@Test
	void trialCopyTestsWithoutTouchingTheConnectionUntilItsTrustIsAdopted() throws Exception {
		Connection connection = addCa("admin");
		Connection trial = connection.trialCopy();
		assertFalse(trial.id().equals(connection.id()));
		assertEquals(connection.uri(), trial.uri());
		assertEquals(connection.identityLabel(), trial.identityLabel());

		trial.setName("Fleet CA (renamed)");
		manager.connect(trial, credentials.load(connection.id()), new NullProgressMonitor());

		assertEquals(ConnectionState.CONNECTED, trial.state());
		assertEquals(ca.rootCertificate(), trial.pinnedRoot().orElseThrow());
		assertEquals("Fleet CA", connection.name());
		assertEquals(ConnectionState.UNKNOWN, connection.state());
		assertTrue(connection.pinnedRoot().isEmpty(), "the user's answer during a test is not the connection's yet");
		assertTrue(registry.find(trial.id()).isEmpty());
		assertFalse(Files.readString(workspace.resolve(ConnectionRegistry.FILE_NAME)).contains(trial.id()));

		connection.adoptTrust(trial);
		assertEquals(trial.pinnedRoot(), connection.pinnedRoot());
		assertEquals(trial.pinnedServerCertificate(), connection.pinnedServerCertificate());
		int asked = trust.rootsAsked.size();
		manager.connect(connection, new NullProgressMonitor());
		assertEquals(asked, trust.rootsAsked.size(), "an adopted trust is not asked again");
	}

	@Test
	void firstContactAsksForTheRootWithItsFingerprintAndPinsIt() throws Exception {
		Connection connection = addCa("admin");
		manager.connect(connection, new NullProgressMonitor());

		assertEquals(1, trust.rootsAsked.size());
		ServerIdentity asked = trust.rootsAsked.get(0);
		assertEquals(ServerIdentity.sha256(ca.rootCertificate()), asked.rootFingerprint());
		assertEquals(64 + 31, asked.rootFingerprint().length(), "32 bytes, colon-separated hex");
		assertTrue(asked.serverCertificate().getSubjectX500Principal().getName().contains("127.0.0.1"));
		assertEquals(ConnectionState.CONNECTED, connection.state());
		assertEquals(asked.root(), connection.pinnedRoot().orElseThrow());

		manager.connect(connection, new NullProgressMonitor());
		assertEquals(1, trust.rootsAsked.size(), "a pinned root is not asked about again");
		assertTrue(trust.changesAsked.isEmpty());
	}

	@Test
	void refusedRootFailsTheConnectionAndPinsNothing() throws Exception {
		trust.answer = false;
		Connection connection = addCa("admin");

		ClientException refused = assertThrows(TrustRefusedException.class,
				() -> manager.connect(connection, new NullProgressMonitor()));

		assertTrue(refused.getMessage().contains("not trusted"), refused.getMessage());
		ConnectJob job = new ConnectJob(manager, connection, new Backoff(Duration.ofMillis(10), Duration.ofMillis(10), 5));
		job.schedule();
		job.join();
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertEquals(0, job.retries(), "a refusal is not retried: the user would be asked again and again");
		assertEquals(2, trust.rootsAsked.size());
		assertEquals(ConnectionState.FAILED, connection.state());
		assertEquals(refused.getMessage(), connection.failureReason().orElseThrow());
		assertTrue(connection.pinnedRoot().isEmpty());
		assertTrue(manager.caSession().isEmpty());
	}

	@Test
	void changedServerCertificateAsksAgain() throws Exception {
		Connection connection = addCa("admin");
		manager.connect(connection, new NullProgressMonitor());
		var before = connection.pinnedServerCertificate().orElseThrow();

		ca.renewServerCertificate();
		connection.setUri(ca.uri());
		trust.answer = false;
		assertThrows(ClientException.class, () -> manager.connect(connection, new NullProgressMonitor()));
		assertEquals(1, trust.changesAsked.size());
		assertEquals(before, trust.changesAsked.get(0)[0].serverCertificate());
		assertFalse(before.equals(trust.changesAsked.get(0)[1].serverCertificate()));
		assertEquals(before, connection.pinnedServerCertificate().orElseThrow(), "a refused certificate is not pinned");

		trust.answer = true;
		manager.connect(connection, new NullProgressMonitor());
		assertEquals(2, trust.changesAsked.size());
		assertEquals(trust.changesAsked.get(1)[1].serverCertificate(), connection.pinnedServerCertificate().orElseThrow());
		assertEquals(ConnectionState.CONNECTED, connection.state());
	}

	@Test
	void stateGoesConnectedStaleAndFailedWithTheReason() throws Exception {
		Connection connection = addCa("admin");
		assertEquals(ConnectionState.UNKNOWN, connection.state());
		manager.connect(connection, new NullProgressMonitor());
		Instant contact = connection.lastContact().orElseThrow();
		Duration threshold = Duration.ofSeconds(300);
		assertEquals(ConnectionState.CONNECTED, connection.state(contact.plusSeconds(299), threshold));
		assertEquals(ConnectionState.STALE, connection.state(contact.plusSeconds(301), threshold));

		CaSession session = manager.caSession().orElseThrow();
		assertFalse(session.certificates(new NullProgressMonitor()).isEmpty());
		Instant lastGood = connection.lastContact().orElseThrow();
		ca.stop();
		ClientException down = assertThrows(ClientException.class,
				() -> session.certificates(new NullProgressMonitor()));
		assertEquals(ConnectionState.FAILED, connection.state());
		assertEquals(down.getMessage(), connection.failureReason().orElseThrow());
		assertTrue(down.getMessage().startsWith("no answer from " + connection.uri()), down.getMessage());
		assertEquals(lastGood, connection.lastContact().orElseThrow(), "the last good contact is kept");
		ca.start();
	}

	@Test
	void auditorIsRefusedRevocationButStaysConnected() throws Exception {
		Connection connection = addCa("auditor");
		manager.connect(connection, new NullProgressMonitor());
		CaSession session = manager.caSession().orElseThrow();
		String serial = session.certificates(new NullProgressMonitor()).get(0).serial();

		ClientException refused = assertThrows(ClientException.class,
				() -> session.revoke(serial, RevocationReason.KEY_COMPROMISE, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("role"), refused.getMessage());
		assertEquals(ConnectionState.CONNECTED, connection.state());
	}

	@Test
	void revocationByTheAdminReachesTheCrlAtOnce() throws Exception {
		Connection connection = addCa("admin");
		manager.connect(connection, new NullProgressMonitor());
		CaSession session = manager.caSession().orElseThrow();
		CertificateInfo auditor = session.certificates(new NullProgressMonitor()).stream()
				.filter(c -> c.subject().contains("olga")).findFirst().orElseThrow();

		CertificateInfo revoked = session.revoke(auditor.serial(), RevocationReason.KEY_COMPROMISE,
				new NullProgressMonitor());

		assertEquals("revoked", revoked.status());
		assertTrue(session.crl().getRevokedCertificate(new java.math.BigInteger(auditor.serial(), 16)) != null);

		// the revoked auditor's own connection fails with a reason that says the CA refused its certificate
		manager.remove(connection);
		Connection olga = addCa("auditor");
		ClientException refused = assertThrows(ClientException.class,
				() -> manager.connect(olga, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("refused our certificate in the TLS handshake"), refused.getMessage());
		assertEquals(ConnectionState.FAILED, olga.state());
		assertEquals(refused.getMessage(), olga.failureReason().orElseThrow());
	}

	/**
	 * A server that accepts TCP and never starts TLS: Cancel ends the Job at once and closes the socket of the
	 * handshake it was stuck in (the server reads end of stream), instead of leaving it to the 5-minute timeout.
	 */
	@Test
	void connectJobIsCancelledPromptlyWhileTheServerSaysNothing() throws Exception {
		try (StallingServer silent = StallingServer.silent()) {
			Connection connection = addCa("admin");
			connection.setUri(silent.uri());
			manager.setTimeout(Duration.ofMinutes(5));
			ConnectJob job = new ConnectJob(manager, connection, Backoff.DEFAULT);
			job.schedule();
			StallingServer.Peer peer = silent.awaitConnection(Duration.ofSeconds(10));
			Thread.sleep(300);
			long cancelled = System.nanoTime();
			job.cancel();
			assertTrue(job.join(5_000, null), "the Job ends soon after Cancel");
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			assertEquals(ConnectionState.FAILED, connection.state());
			assertEquals(0, job.retries(), "a cancelled connect is not retried");
			assertSocketClosedWithinASecond(peer, cancelled, "the stalled TLS handshake");
		}
	}

	/**
	 * A trusted TLS server that takes the request and never answers (an agent hanging in its CRL call): Cancel aborts
	 * the HTTP exchange, so the server sees its socket closed within a second rather than after the 60 s request
	 * timeout, and nothing of the cancelled visit reaches the fleet.
	 */
	@Test
	void cancelAbortsAnHttpExchangeTheServerNeverAnswers() throws Exception {
		try (StallingServer slow = StallingServer.tls(org.vtpmconsole.pki.tls.FleetTls.loadIdentity(ca.identityFile("ca"),
				TestCa.PASSWORD), TestCa.PASSWORD, ca.rootCertificate())) {
			Fleet fleet = FleetFactory.eINSTANCE.createFleet();
			manager.setInventory(new AgentInventory(FleetWriter.onCallerThread(fleet)));
			Connection connection = new Connection(ConnectionKind.AGENT, "slow-01", slow.uri());
			credentials.store(connection.id(), readIdentity("admin"), TestCa.PASSWORD);
			registry.add(connection);
			ConnectJob job = new ConnectJob(manager, connection, Backoff.DEFAULT);
			job.schedule();
			StallingServer.Peer peer = slow.awaitRequest("GET /v1/crl", Duration.ofSeconds(20));
			long cancelled = System.nanoTime();
			job.cancel();
			assertTrue(job.join(5_000, null), "the Job ends soon after Cancel");
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
			assertSocketClosedWithinASecond(peer, cancelled, "the unanswered GET /v1/crl");
			assertTrue(fleet.getHosts().isEmpty(), "a cancelled visit adds nothing to the fleet");
		}
	}

	private static void assertSocketClosedWithinASecond(StallingServer.Peer peer, long cancelledNanos, String what)
			throws InterruptedException {
		long deadline = cancelledNanos + Duration.ofSeconds(1).toNanos();
		while (!peer.closedByClient() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertTrue(peer.closedByClient(), "the server still holds an open socket for " + what + " a second after Cancel");
		System.out.printf("cancel latency (%s): %.1f ms from Cancel to the server reading end of stream%n", what,
				(peer.closedAtNanos() - cancelledNanos) / 1e6);
	}

	@Test
	void backoffDoublesUpToTheCeilingAndStops() {
		Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 6);
		assertEquals(Duration.ofSeconds(2), backoff.delay(0));
		assertEquals(Duration.ofSeconds(4), backoff.delay(1));
		assertEquals(Duration.ofSeconds(16), backoff.delay(3));
		assertEquals(Duration.ofSeconds(30), backoff.delay(4));
		assertEquals(Duration.ofSeconds(30), backoff.delay(5));
		assertNull(backoff.delay(6));
	}

	@Test
	void connectJobRetriesWithBackoffAndGivesUp() throws Exception {
		Connection connection = addCa("admin");
		ca.stop();
		ConnectJob job = new ConnectJob(manager, connection, new Backoff(Duration.ofMillis(50), Duration.ofMillis(100), 3));
		job.schedule();
		Job.getJobManager().join(ConnectJob.FAMILY, null);
		assertEquals(4, job.retries(), "the first attempt and three retries failed");
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("gave up"), job.getResult().getMessage());
		assertEquals(ConnectionState.FAILED, connection.state());
		ca.start();
	}

	@Test
	void agentConnectionLoadsHostVmsAndLabelBytesAndPinsRsaLocal() throws Exception {
		try (TestHostAgent agent = TestHostAgent.start(ca, temp.resolve("agent"), "compute-01")) {
			VmInfo vm = agent.client("admin").create("16M", "web-01");
			Fleet fleet = FleetFactory.eINSTANCE.createFleet();
			manager.setInventory(new AgentInventory(FleetWriter.onCallerThread(fleet)));
			Connection connection = new Connection(ConnectionKind.AGENT, "rack7-compute-01", agent.uri());
			credentials.store(connection.id(), readIdentity("auditor"), TestCa.PASSWORD);
			registry.add(connection);
			manager.connect(connection, new NullProgressMonitor());

			assertEquals(ConnectionState.CONNECTED, connection.state());
			Host host = fleet.getHosts().get(0);
			assertEquals("rack7-compute-01", host.getName(), "the connection's name, as the user gave it");
			assertEquals("127.0.0.1", host.getAddress());
			assertEquals(1, host.getApprovedQemuDigests().size());
			// the agent's enrolled AIK and RSA_mig certificates, decoded in the console
			assertEquals(List.of(CertificateRole.RSA_MIG, CertificateRole.AIK),
					host.getCertificates().stream().map(Certificate::getRole).toList());
			VirtualMachine model = host.getVirtualMachines().get(0);
			assertEquals(vm.uuid(), model.getUuid());
			assertEquals("web-01", model.getName(), "the name the VM was created with");
			assertEquals(RunState.STOPPED, model.getRunState());
			assertFalse(model.getVtpm().isRunning() || model.getVtpm().isLost());
			assertEquals(vm.image(), model.getImagePath());
			// the bytes as stored in the image, decoded by the console itself
			byte[] stored = new Qcow2LabelStore().readBytes(Path.of(vm.image())).orElseThrow();
			assertArrayEquals(stored, model.getLabel().getEncoded());
			assertEquals(LabelStatus.LOCAL, model.getLabel().getStatus());
			assertArrayEquals(LabelCodec.decode(stored).signerName(), model.getLabel().getSignerName());
			// the TPM's certification of the key that signed the label, for the console to check with the AIK
			assertArrayEquals(model.getLabel().getSignerName(),
					Attestation.parse(host.getRsaLocalCertification().getAttest()).certifiedName());

			// RSA_local pinned at first contact: the key that signed the LOCAL label, kept in the registry file
			byte[] pinned = connection.pinnedRsaLocal().orElseThrow();
			assertArrayEquals(model.getLabel().getSignerName(), TpmPublicArea.parse(pinned).name());
			assertArrayEquals(pinned, new ConnectionRegistry(workspace.resolve(ConnectionRegistry.FILE_NAME))
					.find(connection.id()).orElseThrow().pinnedRsaLocal().orElseThrow());

			// another RSA_local (a re-provisioned TPM, or an agent passing off another key) is refused, not re-pinned
			byte[] other = pinned.clone();
			other[other.length - 1] ^= 0x01;
			connection.pinRsaLocal(other);
			assertThrows(TrustRefusedException.class, () -> manager.connect(connection, new NullProgressMonitor()));
			assertEquals(ConnectionState.FAILED, connection.state());
			assertTrue(connection.failureReason().orElseThrow().contains("not the one pinned at first contact"),
					connection.failureReason().orElseThrow());
			assertArrayEquals(other, connection.pinnedRsaLocal().orElseThrow());
		}
	}
}
