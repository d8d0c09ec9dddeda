package org.vtpmconsole.ca;

import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/** A "host": its own swtpm with the SPEC §3 keys provisioned, and a connection to it. */
final class ProvisionedHost implements AutoCloseable {
	final Swtpm swtpm;
	final TssHostTpm tpm;

	private ProvisionedHost(Swtpm swtpm, TssHostTpm tpm) {
		this.swtpm = swtpm;
		this.tpm = tpm;
	}

	static ProvisionedHost start() throws TpmException {
		Swtpm swtpm = Swtpm.tcp();
		try {
			TssHostTpm tpm = HostTpms.open(swtpm.address());
			try {
				tpm.provision();
				return new ProvisionedHost(swtpm, tpm);
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
