package org.vtpmconsole.agent;

import java.security.interfaces.RSAPublicKey;

import org.vtpmconsole.testing.LegacyProvisioning;
import org.vtpmconsole.testing.Swtpm;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.HostTpms;
import org.vtpmconsole.tpm.KeyCertification;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.LegacyKey;
import org.vtpmconsole.tpm.TpmException;
import org.vtpmconsole.tpm.TssHostTpm;

/**
 * The host TPM as the agent used it before RSA_local had an authValue: the key at its old handle, used by the old
 * code's calls (empty password, nothing encrypted), each over a connection of its own. Only what creating a VM needs.
 */
final class OldWayHostTpm implements HostTpm {
	private final Swtpm swtpm;
	private final LegacyKey local;

	OldWayHostTpm(Swtpm swtpm) throws TpmException {
		this.swtpm = swtpm;
		try (TssHostTpm reader = HostTpms.open(swtpm.address())) {
			local = reader.legacyKeys().stream().filter(key -> key.role() == KeyRole.RSA_LOCAL).findFirst()
					.orElseThrow(() -> new TpmException("no legacy RSA_local: provision the old way first"));
		}
	}

	@Override
	public String address() {
		return swtpm.address();
	}

	@Override
	public RSAPublicKey publicKey(KeyRole role) throws TpmException {
		return requireLocal(role).publicKey();
	}

	@Override
	public byte[] name(KeyRole role) throws TpmException {
		return requireLocal(role).name();
	}

	@Override
	public byte[] signSha256(KeyRole role, byte[] digest) throws TpmException {
		return output(LegacyProvisioning.signTheOldWay("127.0.0.1", swtpm.port(), requireLocal(role).handle(), digest));
	}

	@Override
	public byte[] decryptOaepSha256(KeyRole role, byte[] ciphertext) throws TpmException {
		return output(LegacyProvisioning.decryptTheOldWay("127.0.0.1", swtpm.port(), requireLocal(role).handle(),
				ciphertext));
	}

	@Override
	public KeyCertification certify(KeyRole object, KeyRole signer, byte[] qualifyingData) throws TpmException {
		throw new TpmException("the old way is only reproduced for creating VMs");
	}

	@Override
	public long commandCount() {
		return 0;
	}

	@Override
	public void close() {
		// every call had its own connection
	}

	private LegacyKey requireLocal(KeyRole role) throws TpmException {
		if (role != KeyRole.RSA_LOCAL)
			throw new TpmException("the old way is only reproduced for RSA_local, not " + role);
		return local;
	}

	private static byte[] output(LegacyProvisioning.Outcome outcome) throws TpmException {
		if (!outcome.succeeded())
			throw new TpmException("the legacy key refused: " + outcome.describe());
		return outcome.output();
	}
}
