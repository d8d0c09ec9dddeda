package org.vtpmconsole.tpm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.vtpmconsole.tpm.verify.TpmPublicArea;
import org.vtpmconsole.tpm.verify.VerificationException;

import tss.tpm.ReadPublicResponse;
import tss.tpm.TPM_HANDLE;

/** The persistent keys' public parts, read once per connection (they only change through provisioning). */
final class PersistentKeys {

	/** A key's public area as the TPM reports it. */
	record Found(TpmPublicArea publicArea, byte[] name, byte[] qualifiedName) {
	}

	private final TpmChannel channel;
	private final Map<KeyRole, Found> cache = new EnumMap<>(KeyRole.class);

	PersistentKeys(TpmChannel channel) {
		this.channel = channel;
	}

	static TPM_HANDLE handle(KeyRole role) {
		return TPM_HANDLE.from(KeyHandles.of(role));
	}

	/** The key at the role's handle, or empty when the handle is free. Call under the channel lock. */
	Optional<Found> find(KeyRole role) throws TpmException {
		Found cached = cache.get(role);
		if (cached != null)
			return Optional.of(cached);
		ReadPublicResponse response;
		try {
			response = channel.command("ReadPublic of " + role + " at " + KeyHandles.hex(KeyHandles.of(role)),
					tpm -> tpm.ReadPublic(handle(role)));
		} catch (TpmCommandException e) {
			if (e.baseCode() == ResponseCodes.HANDLE)
				return Optional.empty();
			throw e;
		}
		TpmPublicArea area;
		try {
			area = TpmPublicArea.parse(response.outPublic.toBytes());
		} catch (VerificationException e) {
			throw new TpmException(role + " at " + KeyHandles.hex(KeyHandles.of(role)) + " is not an RSA key we can use: "
					+ e.getMessage(), e);
		}
		Found found = new Found(area, response.name, response.qualifiedName);
		cache.put(role, found);
		return Optional.of(found);
	}

	/** The key, or a TpmException saying it is not provisioned. */
	Found require(KeyRole role) throws TpmException {
		return find(role).orElseThrow(() -> new TpmException(role + " is not provisioned on " + channel.address()
				+ ": persistent handle " + KeyHandles.hex(KeyHandles.of(role)) + " is empty (run provisioning first)"));
	}

	void forget() {
		cache.clear();
	}
}
