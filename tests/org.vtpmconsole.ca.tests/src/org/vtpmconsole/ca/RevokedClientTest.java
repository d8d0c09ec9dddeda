package org.vtpmconsole.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.testing.TestCa;

/** The CA daemon refuses a revoked client at its next handshake, logs it with its subject, and the client says so. */
class RevokedClientTest {

	@TempDir
	Path temp;

	@Test
	void aRevokedClientIsRefusedLoggedAndTold() throws Exception {
		List<String> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status.getMessage());
		Platform.addLogListener(listener);
		try (TestCa fleet = new TestCa(temp)) {
			CaClient admin = fleet.client("admin");
			String olga = admin.list(Optional.of("olga"), Optional.of(Role.AUDITOR), Optional.empty()).certificates()
					.get(0).serial();
			assertEquals(1, fleet.client("auditor").list(Optional.of("olga"), Optional.empty(), Optional.empty())
					.certificates().size());
			admin.revoke(olga, RevocationReason.PRIVILEGE_WITHDRAWN);

			PkiException refused = assertThrows(PkiException.class, () -> fleet.client("auditor"));
			assertTrue(refused.getMessage().contains("refused our certificate in the TLS handshake"),
					refused.getMessage());
			assertTrue(logged.stream().anyMatch(line -> line.contains("refused the handshake of") && line.contains("CN=olga")
					&& line.contains("revoked")), "CA log: " + logged);
			assertEquals(1, admin.list(Optional.of("olga"), Optional.empty(), Optional.empty()).certificates().size(),
					"others are still served");
		} finally {
			Platform.removeLogListener(listener);
		}
	}
}
