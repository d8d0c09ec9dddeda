package org.vtpmconsole.cli;

import java.util.Set;

import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.ProvisioningReport;
import org.vtpmconsole.tpm.TssHostTpm;

/** {@code vtpmctl tpm provision|info}: the host TPM's keys (SPEC §3). */
final class TpmCommand extends CommandGroup {

	TpmCommand() {
		action("provision", "--tpm TPM --key-auth FILE", "create the host keys (SRK, RSA_local, RSA_mig, AIK, EK, VMEK)"
				+ " where missing, RSA_local and RSA_mig with the secret in FILE (made when missing, mode 0600);"
				+ " a second run finds them and changes nothing", Set.of(HostTpmOptions.TPM, HostTpmOptions.KEY_AUTH),
				Set.of(), (args, out, err) -> {
					try (TssHostTpm tpm = HostTpmOptions.openCreatingSecret(args)) {
						ProvisioningReport report = tpm.provision();
						out.print(report.describe());
						out.println(report.changedTpm() ? "created the missing keys" : "all keys present; nothing changed");
						return Vtpmctl.EXIT_OK;
					}
				});
		action("info", "--tpm TPM", "the TPM's maker, firmware, PCR banks and host keys with handles and names",
				Set.of(HostTpmOptions.TPM), Set.of(), (args, out, err) -> {
					try (TssHostTpm tpm = HostTpms.open(args.required(HostTpmOptions.TPM))) {
						out.print(tpm.info().describe());
						return Vtpmctl.EXIT_OK;
					}
				});
	}

	@Override
	public String name() {
		return "tpm";
	}

	@Override
	public String summary() {
		return "provision and inspect the host TPM (TPM: swtpm:HOST:PORT, swtpm-unix:PATH, device:/dev/tpmrm0)";
	}
}
