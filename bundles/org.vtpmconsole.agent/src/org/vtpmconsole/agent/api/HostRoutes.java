package org.vtpmconsole.agent.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vtpmconsole.agent.vm.QemuBuild;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.agent.AgentPaths;
import org.vtpmconsole.protocol.agent.CertificationRequest;
import org.vtpmconsole.protocol.agent.HostCertificates;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.agent.KeyCertificationInfo;
import org.vtpmconsole.protocol.http.ApiException;
import org.vtpmconsole.protocol.http.ApiRequest;
import org.vtpmconsole.protocol.http.JsonServer;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.KeyCertification;
import org.vtpmconsole.tpm.KeyNames;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;

/**
 * {@code GET /v1/host}: who this agent is. Key names are read from the TPM once, at start (they change only when the
 * TPM is re-provisioned, which restarts the agent); certificates are looked up per request, since an enrollment
 * adds them while the agent runs. With them comes the evidence a verifier needs to trust RSA_local, which no CA
 * certifies (SPEC §3): the AIK, certified by the fleet CA, certifies RSA_local over the verifier's nonce.
 */
final class HostRoutes {

	private final String name;
	private final HostTpm tpm;
	private final String tpmAddress;
	private final Map<String, String> keyNames;
	private final Path certificates;
	private final List<HostInfo.QemuInfo> approvedQemu;
	private final byte[] rsaLocalPublicArea;

	HostRoutes(String name, HostTpm tpm, Path certificates, List<QemuBuild> approvedQemu) throws TpmException {
		this.name = name;
		this.tpm = tpm;
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
		server.route("GET", AgentPaths.HOST_CERTIFICATES, Access.READERS, request -> enrolledCertificates());
		server.route("POST", AgentPaths.RSA_LOCAL_CERTIFICATION, Access.READERS, this::certifyRsaLocal);
	}

	private HostCertificates enrolledCertificates() throws ApiException {
		List<HostCertificates.Enrolled> enrolled = new ArrayList<>();
		for (String role : enrolledRoles()) {
			try {
				enrolled.add(new HostCertificates.Enrolled(role, Files.readAllBytes(certificateFile(role))));
			} catch (IOException e) {
				throw Failures.failed("the " + role + " certificate of this host could not be read", e);
			}
		}
		return new HostCertificates(enrolled);
	}

	/** Not a change (nothing is written), so readers may ask; each answer costs one TPM signature. */
	private KeyCertificationInfo certifyRsaLocal(ApiRequest request) throws ApiException {
		byte[] nonce = request.body(CertificationRequest.class).nonce();
		try {
			KeyCertification certification = tpm.certify(KeyRole.RSA_LOCAL, KeyRole.AIK, nonce);
			return new KeyCertificationInfo(rsaLocalPublicArea, certification.attest(), certification.signature());
		} catch (TpmException e) {
			throw Failures.failed("the host TPM could not certify RSA_local with the AIK", e);
		}
	}

	/**
	 * The TPM key roles with a certificate in the agent's certificate directory, named as {@code vtpmctl enroll --out}
	 * writes them ({@code HostEnrollment.store}: ROLE.der).
	 */
	private List<String> enrolledRoles() {
		return List.of(Role.RSA_MIG, Role.AIK, Role.VMEK).stream()
				.map(Role::token).filter(role -> Files.isRegularFile(certificateFile(role))).toList();
	}

	private Path certificateFile(String role) {
		return certificates.resolve(role + ".der");
	}
}
