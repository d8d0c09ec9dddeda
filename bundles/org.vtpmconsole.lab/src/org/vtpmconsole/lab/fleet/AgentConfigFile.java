package org.vtpmconsole.lab.fleet;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vtpmconsole.agent.config.AgentConfig;
import org.vtpmconsole.agent.vm.GuestKernel;

/**
 * The one place the lab writes an agent's configuration (docs/agent-config.md), so a new or renamed key is one edit
 * here. Secrets are named by file, never written into it.
 */
final class AgentConfigFile {
	static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");

	private AgentConfigFile() {
	}

	/** @param ca where the agent fetches the fleet CRL itself ({@code ca.url}), so revocations reach it unattended */
	static Path write(LabLayout layout, int host, int apiPort, GuestKernel guest, URI ca) throws IOException {
		Path config = layout.host(host).resolve("agent.properties");
		Files.write(config, List.of(
				AgentConfig.KEY_NAME + "=" + LabLayout.hostName(host),
				AgentConfig.KEY_STATE_DIR + "=" + layout.hostState(host),
				AgentConfig.KEY_TPM + "=swtpm-unix:" + layout.hostTpmSocket(host),
				AgentConfig.KEY_API_LISTEN + "=" + LabLayout.hostAddress(host) + ":" + apiPort,
				AgentConfig.KEY_QEMU_APPROVED + "=" + QEMU,
				AgentConfig.KEY_VMS_DIR + "=" + layout.hostVms(host),
				AgentConfig.KEY_VMS_GUEST_KERNEL + "=" + guest.kernel(),
				AgentConfig.KEY_VMS_GUEST_INITRD + "=" + guest.initrd(),
				AgentConfig.KEY_TLS_IDENTITY + "=" + agentIdentity(layout, host),
				AgentConfig.KEY_TLS_PASSWORD_FILE + "=" + layout.identityPassword(),
				AgentConfig.KEY_CA_ROOT + "=" + layout.caStore().resolve("root.der"),
				AgentConfig.KEY_CA_CRL + "=" + layout.host(host).resolve("crl.der"),
				AgentConfig.KEY_CA_URL + "=" + ca));
		return config;
	}

	static Path agentIdentity(LabLayout layout, int host) {
		return layout.host(host).resolve("agent.p12");
	}
}
