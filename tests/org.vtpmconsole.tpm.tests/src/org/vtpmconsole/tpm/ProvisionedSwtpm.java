package org.vtpmconsole.tpm;

import org.vtpmconsole.testing.Swtpm;

/** A throwaway swtpm with the SPEC §3 keys provisioned and a connection to it; closing stops both. */
final class ProvisionedSwtpm implements AutoCloseable {
	final Swtpm swtpm;
	final TssHostTpm tpm;
	final ProvisioningReport report;

	private ProvisionedSwtpm(Swtpm swtpm, TssHostTpm tpm, ProvisioningReport report) {
		this.swtpm = swtpm;
		this.tpm = tpm;
		this.report = report;
	}

	static ProvisionedSwtpm start() throws TpmException {
		Swtpm swtpm = Swtpm.tcp();
		try {
			TssHostTpm tpm = HostTpms.open(swtpm.address());
			try {
				return new ProvisionedSwtpm(swtpm, tpm, tpm.provision());
			} catch (TpmException | RuntimeException e) {
				tpm.close();
				throw e;
			}
		} catch (TpmException | RuntimeException e) {
			swtpm.close();
			throw e;
		}
	}

	@Override
	public void close() {
		try {
			tpm.close();
		} finally {
			swtpm.close();
		}
	}
}
