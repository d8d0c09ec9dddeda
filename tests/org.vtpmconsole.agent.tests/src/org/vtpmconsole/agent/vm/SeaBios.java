package org.vtpmconsole.agent.vm;

import java.io.IOException;

import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/** Waits for a started VM's firmware to have used its vTPM, read through the VM's gateway. */
final class SeaBios {
	private static final long TIMEOUT_MILLIS = 30_000;

	private SeaBios() {
	}

	/** The vPCRs once SeaBIOS has extended PCR 0 and 7 (after TPM2_Startup, so the vTPM then takes commands). */
	static PcrValues awaitMeasurements(VirtualMachines vms, Vm vm) throws Exception {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (true) {
			try {
				PcrValues pcrs = vms.pcrs(vm);
				if (nonZero(pcrs.get(TpmHash.SHA256, 0)) > 0 && nonZero(pcrs.get(TpmHash.SHA256, 7)) > 0) {
					return pcrs;
				}
			} catch (IOException notYetStarted) {
				// before SeaBIOS sends TPM2_Startup the vTPM answers TPM_RC_INITIALIZE
				if (System.currentTimeMillis() > deadline) {
					throw notYetStarted;
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("SeaBIOS did not extend PCR 0 and 7 within 30 s");
			}
			Thread.sleep(100);
		}
	}

	static int nonZero(byte[] value) {
		int count = 0;
		for (byte b : value) {
			count += b != 0 ? 1 : 0;
		}
		return count;
	}
}
