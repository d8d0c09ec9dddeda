package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vtpmconsole.pki.CaOptions;
import org.vtpmconsole.pki.FleetCa;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.Role;

/**
 * The lab's fleet CA: its store made in-process (as {@code vtpmctl ca init} and {@code ca issue-*} do), the users'
 * and servers' identities issued from it, then the CA daemon started from the product as its own process.
 */
final class LabCa {
	/** The lab's users and their roles: one of each role a trainer shows. */
	static final List<String> USERS = List.of("admin", "approver", "auditor");

	private LabCa() {
	}

	/** Makes the store and every identity; the CA must not run yet (it locks the store). */
	static void create(LabLayout layout, int hosts) throws IOException, PkiException {
		LabLayout.privateDirectory(layout.secrets());
		char[] passphrase = LabSecrets.getOrCreate(layout.caPassphrase());
		char[] password = LabSecrets.getOrCreate(layout.identityPassword());
		Files.createDirectories(layout.identities());
		try (FleetCa ca = FleetCa.init(layout.caStore(), passphrase, CaOptions.defaults().withCommonName("vtpm-console training lab"))) {
			ca.issueTlsServer(LabLayout.caAddress(), List.of("lab-ca"), layout.caDir().resolve("ca.p12"), password);
			for (String user : USERS) {
				ca.issueUser("lab-" + user, Role.valueOf(user.toUpperCase()), layout.identity(user), password);
			}
			byte[] crl = ca.currentCrl().getEncoded();
			for (int host = 1; host <= hosts; host++) {
				Files.createDirectories(layout.host(host));
				ca.issueTlsServer(LabLayout.hostAddress(host), List.of(LabLayout.hostName(host)),
						AgentConfigFile.agentIdentity(layout, host), password);
				Files.write(layout.host(host).resolve("crl.der"), crl);
			}
		} catch (java.security.cert.CRLException e) {
			throw new IOException("the CA's CRL cannot be encoded: " + e.getMessage(), e);
		}
	}

	/** The CA daemon's configuration (docs/ca-config.md); secrets by file only. */
	static Path writeConfig(LabLayout layout, int port) throws IOException {
		Path config = layout.caDir().resolve("ca.properties");
		Files.write(config, List.of("ca.directory=" + layout.caStore(), "ca.passphrase.file=" + layout.caPassphrase(),
				"tls.identity=" + layout.caDir().resolve("ca.p12"), "tls.password.file=" + layout.identityPassword(),
				"listen.address=" + LabLayout.caAddress(), "listen.port=" + port,
				"log.file=" + layout.logs().resolve("ca-daemon.log")));
		return config;
	}

	static URI uri(int port) {
		return URI.create("https://" + LabLayout.caAddress() + ":" + port);
	}
}
