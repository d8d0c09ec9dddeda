package org.vtpmconsole.cli;

import java.util.Set;

import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.ProvisioningReport;
import org.vtpmconsole.tpm.TssHostTpm;

/** {@code vtpmctl tpm provision|info}: the host TPM's keys (SPEC §3). */
final class TpmCommand extends CommandGroup {

	TpmCommand() {
		action("provision", "--tpm TPM", "create the host keys (SRK, RSA_local, RSA_mig, AIK, EK, VMEK) where missing;"
				+ " a second run finds them and changes nothing", Set.of("tpm"), Set.of(), (args, out, err) -> {
					try (TssHostTpm tpm = HostTpms.open(args.required("tpm"))) {
						ProvisioningReport report = tpm.provision();
						out.print(report.describe());
						out.println(report.changedTpm() ? "created the missing keys" : "all keys present; nothing changed");
						return Vtpmctl.EXIT_OK;
					}
				});
		action("info", "--tpm TPM", "the TPM's maker, firmware, PCR banks and host keys with handles and names",
				Set.of("tpm"), Set.of(), (args, out, err) -> {
					try (TssHostTpm tpm = HostTpms.open(args.required("tpm"))) {
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
