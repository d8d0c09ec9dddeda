package org.vtpmconsole.lab.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyAuthorization;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * The one place the lab enrols a host TPM (the Java code {@code vtpmctl tpm provision} and {@code vtpmctl enroll}
 * run): provision the keys, then AIK, RSA_mig and VMEK certified by credential activation, stored where the agent
 * reads them ({@code STATE/certificates/ROLE.der}). Runs before the host's agent starts, which then owns the TPM.
 */
final class LabEnrolment {
	static final List<Role> ROLES = List.of(Role.AIK, Role.RSA_MIG, Role.VMEK);

	private LabEnrolment() {
	}

	/**
	 * Creates the host keys where missing (the slow part: swtpm generates them); needs no CA, so it runs meanwhile.
	 * The key authorization secret is made in the agent's state directory, where the agent will read it
	 * ({@code STATE/tpm-key-auth}, docs/tpm-keys.md).
	 */
	static void provision(String tpmName, Path agentState) throws Exception {
		Files.createDirectories(agentState);
		try (TssHostTpm tpm = HostTpms.open(tpmName,
				KeyAuthorization.loadOrCreate(agentState.resolve(KeyAuthorization.FILE_NAME), new SecureRandom()))) {
			tpm.provision();
		}
	}

	/** Has the CA certify the provisioned keys (two steps: credential, then proof of activation) and stores them. */
	static void enrol(String tpmName, Path agentState, String host, CaClient admin, FleetClientContext context)
			throws Exception {
		try (TssHostTpm tpm = HostTpms.open(tpmName,
				KeyAuthorization.load(agentState.resolve(KeyAuthorization.FILE_NAME)))) {
			HostEnrollment enrollment = new HostEnrollment(tpm);
			for (Role role : ROLES) {
				HostEnrollment.store(agentState.resolve("certificates"), role,
						admin.enroll(enrollment, host, role, context.root()));
			}
		}
	}
}
