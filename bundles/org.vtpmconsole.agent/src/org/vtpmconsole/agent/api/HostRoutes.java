package org.vtpmconsole.agent.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.agent.vm.QemuBuild;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.http.JsonServer;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.KeyNames;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;

/**
 * {@code GET /v1/host}: who this agent is. Key names are read from the TPM once, at start (they change only when the
 * TPM is re-provisioned, which restarts the agent); certificates are looked up per request, since an enrollment
 * adds them while the agent runs.
 */
final class HostRoutes {

	private final String name;
	private final String tpmAddress;
	private final Map<String, String> keyNames;
	private final Path certificates;
	private final List<HostInfo.QemuInfo> approvedQemu;
	private final byte[] rsaLocalPublicArea;

	HostRoutes(String name, HostTpm tpm, Path certificates, List<QemuBuild> approvedQemu) throws TpmException {
		this.name = name;
		this.tpmAddress = tpm.address();
		Map<String, String> names = new LinkedHashMap<>();
		for (KeyRole role : KeyRole.values()) {
			names.put(role.name().toLowerCase().replace('_', '-'), HexFormat.of().formatHex(tpm.name(role)));
		}
		this.keyNames = Map.copyOf(names);
		this.rsaLocalPublicArea = KeyNames.expectedPublicArea(KeyRole.RSA_LOCAL, tpm.publicKey(KeyRole.RSA_LOCAL));
		this.certificates = certificates;
		this.approvedQemu = approvedQemu.stream().map(build -> new HostInfo.QemuInfo(build.executable().toString(),
				HexFormat.of().formatHex(build.digest()))).toList();
	}

	void register(JsonServer.Builder server) {
		server.route("GET", AgentPaths.HOST, Access.READERS, request -> new HostInfo(name, tpmAddress, keyNames,
				enrolledRoles(), approvedQemu, rsaLocalPublicArea));
	}

	/**
	 * The TPM key roles with a certificate in the agent's certificate directory, named as {@code vtpmctl enroll --out}
	 * writes them ({@code HostEnrollment.store}: ROLE.der).
	 */
	private List<String> enrolledRoles() {
		return List.of(Role.RSA_MIG, Role.AIK, Role.VMEK).stream()
				.filter(role -> Files.isRegularFile(certificates.resolve(role.token() + ".der")))
				.map(Role::token).toList();
	}
}
