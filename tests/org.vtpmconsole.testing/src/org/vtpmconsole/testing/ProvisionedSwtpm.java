package org.vtpmconsole.testing;

import org.vtpmconsole.tpm.ProvisioningReport;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/** A throwaway swtpm with the SPEC §3 keys provisioned and a connection to it; closing stops both. */
public final class ProvisionedSwtpm implements AutoCloseable {
	public final Swtpm swtpm;
	public final TssHostTpm tpm;
	public final ProvisioningReport report;

	private ProvisionedSwtpm(Swtpm swtpm, TssHostTpm tpm, ProvisioningReport report) {
		this.swtpm = swtpm;
		this.tpm = tpm;
		this.report = report;
	}

	/** On a unix socket of mode 0600, as a host TPM is reached by its agent alone. */
	public static ProvisionedSwtpm start() throws TpmException {
		return start(Swtpm.Transport.UNIX);
	}

	/** On the given transport; TCP only for a test that needs TCP itself. */
	public static ProvisionedSwtpm start(Swtpm.Transport transport) throws TpmException {
		Swtpm swtpm = Swtpm.start(transport, null);
		try {
			TssHostTpm tpm = swtpm.openHostTpm();
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
