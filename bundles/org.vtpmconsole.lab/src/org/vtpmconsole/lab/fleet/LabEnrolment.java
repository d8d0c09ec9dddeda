package org.vtpmconsole.lab.fleet;

import java.nio.file.Path;
import java.util.List;

import org.vtpmconsole.pki.Role;
import org.vtpmconsole.pki.enroll.HostEnrollment;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.tpm.HostTpms;
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

	/** Creates the host keys where missing (the slow part: swtpm generates them); needs no CA, so it runs meanwhile. */
	static void provision(String tpmName) throws Exception {
		try (TssHostTpm tpm = HostTpms.open(tpmName)) {
			tpm.provision();
		}
	}

	/** Has the CA certify the provisioned keys and stores the certificates. */
	static void enrol(String tpmName, String host, Path certificates, CaClient admin, FleetClientContext context)
			throws Exception {
		try (TssHostTpm tpm = HostTpms.open(tpmName)) {
			HostEnrollment enrollment = new HostEnrollment(tpm);
			for (Role role : ROLES) {
				var evidence = enrollment.evidence(host, role, admin.nonce().nonce());
				HostEnrollment.store(certificates, role,
						enrollment.recover(role, admin.enroll(evidence).sealed(), context.root()));
			}
		}
	}
}
