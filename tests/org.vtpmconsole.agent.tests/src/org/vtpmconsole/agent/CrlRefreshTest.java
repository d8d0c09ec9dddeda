package org.vtpmconsole.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.cli.VmCommand;
import org.vtpmconsole.cli.Vtpmctl;
import org.vtpmconsole.pki.Crls;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.testing.TestCa;
import org.vtpmconsole.testing.TestHostAgent;

/**
 * Revocation without a person: a real agent fetches the CRL from a real CA daemon itself ({@code ca.url}), so a
 * client the CA revokes is refused by the agent without anyone copying a CRL file; the refused handshake is logged
 * with the client's subject, and vtpmctl says that the agent refused its certificate.
 */
class CrlRefreshTest {

	@TempDir
	static Path temp;
	static TestCa fleet;
	static TestHostAgent agent;
	static final List<String> logged = new CopyOnWriteArrayList<>();
	static final ILogListener listener = (status, plugin) -> logged.add(status.getMessage());

	@BeforeAll
	static void start() throws Exception {
		fleet = new TestCa(temp.resolve("ca"));
		agent = TestHostAgent.fetchingCrl(fleet, temp.resolve("agent"), "crl-host", 1);
		Platform.addLogListener(listener);
	}

	@AfterAll
	static void stop() {
		Platform.removeLogListener(listener);
		if (agent != null) {
			agent.close();
		}
		if (fleet != null) {
			fleet.close();
		}
	}

	@Test
	void aClientTheCaRevokesIsRefusedByTheAgentWithoutAPerson() throws Exception {
		assertEquals("crl-host", agent.client("auditor").host().name());
		BigInteger before = Crls.number(kept());
		CaClient admin = fleet.client("admin");
		CertificateInfo olga = admin.list(Optional.of("olga"), Optional.of(Role.AUDITOR), Optional.empty()).certificates()
				.get(0);
		admin.revoke(olga.serial(), RevocationReason.KEY_COMPROMISE);

		ApiCallException refused = awaitRefusal("auditor");
		assertEquals(ApiCallException.CERTIFICATE_REFUSED, refused.code(), refused.getMessage());
		assertTrue(refused.getMessage().contains("refused our certificate"), refused.getMessage());
		assertTrue(Crls.number(kept()).compareTo(before) > 0, "the agent kept the CA's newer CRL in its file");
		assertTrue(logged.stream().anyMatch(line -> line.contains("refused the handshake of")
				&& line.contains("CN=olga") && line.contains("revoked")), "agent log: " + logged);
		assertEquals("crl-host", agent.client("admin").host().name(), "others are still served");

		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Vtpmctl("test", List.of(new VmCommand())).run(new String[] { "vm", "list", "--agent",
				agent.uri().toString(), "--identity", fleet.identityFile("auditor").toString(), "--password-file",
				passwordFile().toString() }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(code != Vtpmctl.EXIT_OK, message);
		assertTrue(message.contains("refused our certificate") && message.contains("revoked"), message);
		System.out.println("vtpmctl as the revoked auditor: " + message.strip());
	}

	/** The agent fetches at most a second apart; a revoked client is refused within a few fetches. */
	private static ApiCallException awaitRefusal(String identity) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				agent.client(identity).host();
			} catch (ApiCallException e) {
				return e;
			} catch (org.vtpmconsole.pki.PkiException e) {
				if (e.getCause() instanceof ApiCallException refused) {
					return refused;
				}
				throw e;
			}
			Thread.sleep(200);
		}
		return fail("the agent still serves the revoked " + identity + " a minute after the revocation");
	}

	private static X509CRL kept() throws Exception {
		return (X509CRL) CertificateFactory.getInstance("X.509")
				.generateCRL(new ByteArrayInputStream(Files.readAllBytes(agent.crlFile())));
	}

	private static Path passwordFile() {
		return temp.resolve("agent").resolve("agent.password");
	}
}
