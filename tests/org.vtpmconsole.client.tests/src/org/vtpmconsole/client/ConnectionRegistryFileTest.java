package org.vtpmconsole.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.testing.TestCa;

/**
 * connections.json across versions of the console: a file from before a field existed still loads, and a file the
 * console cannot read is refused with a message that says what is wrong, and is never overwritten.
 */
class ConnectionRegistryFileTest {

	@TempDir
	Path temp;
	private Path file;
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		synchronized (logged) {
			logged.add(status);
		}
	};

	@BeforeEach
	void listen() {
		file = temp.resolve(ConnectionRegistry.FILE_NAME);
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	/** As the first console wrote it: no RSA_local pin yet, and a connection never connected (nothing pinned). */
	@Test
	void fileFromBeforeTheRsaLocalPinLoads() throws Exception {
		try (TestCa ca = new TestCa(temp.resolve("fleet"))) {
			String root = Base64.getEncoder().encodeToString(ca.rootCertificate().getEncoded());
			Files.writeString(file, """
					{"version":1,"connections":[
					 {"id":"0b7f6c1e-ca","kind":"CA","name":"Fleet CA","url":"https://ca.fleet.test:8443",
					  "identityLabel":"admin.p12","pinnedRoot":"%s","pinnedServerCertificate":null},
					 {"id":"5d2e9a40-agent","kind":"AGENT","name":"compute-01","url":"https://10.0.0.11:8443"}
					]}""".formatted(root));

			ConnectionRegistry registry = new ConnectionRegistry(file);

			assertEquals(2, registry.connections().size(), "both connections load");
			Connection caConnection = registry.find("0b7f6c1e-ca").orElseThrow();
			assertEquals(ConnectionKind.CA, caConnection.kind());
			assertEquals(URI.create("https://ca.fleet.test:8443"), caConnection.uri());
			assertEquals("admin.p12", caConnection.identityLabel().orElseThrow());
			assertEquals(ca.rootCertificate(), caConnection.pinnedRoot().orElseThrow());
			assertTrue(caConnection.pinnedServerCertificate().isEmpty());
			assertTrue(caConnection.pinnedRsaLocal().isEmpty(), "a missing pin is no pin");
			Connection agent = registry.find("5d2e9a40-agent").orElseThrow();
			assertEquals("compute-01", agent.name());
			assertTrue(agent.identityLabel().isEmpty());
			assertTrue(agent.pinnedRoot().isEmpty());
			assertTrue(errors().isEmpty(), errors().toString());

			// saved again in today's shape, and read back the same
			agent.pinRsaLocal(new byte[] { 1, 2, 3 });
			registry.save();
			Connection reloaded = new ConnectionRegistry(file).find("5d2e9a40-agent").orElseThrow();
			assertArrayEquals(new byte[] { 1, 2, 3 }, reloaded.pinnedRsaLocal().orElseThrow());
			assertFalse(Files.exists(file.resolveSibling(file.getFileName() + ConnectionRegistry.UNREADABLE_SUFFIX)));
		}
	}

	@Test
	void brokenJsonIsRefusedAndTheFileIsKept() throws Exception {
		assertRefusedAndKept("{\"version\":1,\"connections\":[\n{\"id\":\"a\" \"kind\":\"CA\"}]}",
				"cannot be read: malformed JSON at line 2, column ");
	}

	@Test
	void connectionWithoutUrlIsRefusedByName() throws Exception {
		assertRefusedAndKept("{\"version\":1,\"connections\":[{\"id\":\"a\",\"kind\":\"AGENT\",\"name\":\"compute-01\"}]}",
				"connection 1 has no 'url'");
	}

	@Test
	void unknownKindIsRefusedNamingTheField() throws Exception {
		assertRefusedAndKept("{\"version\":1,\"connections\":[{\"id\":\"a\",\"kind\":\"LDAP\",\"name\":\"x\","
				+ "\"url\":\"https://x:1\"}]}", "connections[0].kind");
	}

	@Test
	void pinThatIsNoCertificateIsRefused() throws Exception {
		assertRefusedAndKept("{\"version\":1,\"connections\":[{\"id\":\"a\",\"kind\":\"CA\",\"name\":\"Fleet CA\","
				+ "\"url\":\"https://x:1\",\"pinnedRoot\":\"AAEC\"}]}",
				"connection 1 (Fleet CA): 'pinnedRoot' is not a DER certificate");
	}

	@Test
	void fileOfANewerFormatIsRefused() throws Exception {
		assertRefusedAndKept("{\"version\":2,\"connections\":[]}", "format version 2; this console reads version 1");
	}

	/**
	 * The console starts without connections and says why, in the log, naming the file; the file is byte for byte
	 * what it was, also after the user adds a connection: then it is moved aside, not overwritten.
	 */
	private void assertRefusedAndKept(String content, String problem) throws Exception {
		byte[] original = content.getBytes(StandardCharsets.UTF_8);
		Files.write(file, original);

		ConnectionRegistry registry = new ConnectionRegistry(file);

		assertTrue(registry.connections().isEmpty());
		List<IStatus> errors = errors();
		assertEquals(1, errors.size(), errors.toString());
		String message = errors.get(0).getMessage();
		assertTrue(message.contains(file.toString()) && message.contains(problem), message);
		assertTrue(message.contains("starts without connections"), message);
		assertArrayEquals(original, Files.readAllBytes(file), "the unreadable file is left as it was");

		Connection added = new Connection(ConnectionKind.CA, "Fleet CA", URI.create("https://ca.fleet.test:8443"));
		registry.add(added);

		Path aside = file.resolveSibling(file.getFileName() + ConnectionRegistry.UNREADABLE_SUFFIX);
		assertArrayEquals(original, Files.readAllBytes(aside), "moved aside byte for byte before the first save");
		assertEquals(List.of(added.id()),
				new ConnectionRegistry(file).connections().stream().map(Connection::id).toList());
		registry.save();
		assertArrayEquals(original, Files.readAllBytes(aside), "later saves leave it alone");
	}

	private List<IStatus> errors() {
		synchronized (logged) {
			return logged.stream().filter(status -> status.getSeverity() == IStatus.ERROR).toList();
		}
	}
}
