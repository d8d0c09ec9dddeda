package org.vtpmconsole.tpm;

import java.util.HashMap;
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
	private final Map<Integer, Found> cache = new HashMap<>();

	PersistentKeys(TpmChannel channel) {
		this.channel = channel;
	}

	static TPM_HANDLE handle(KeyRole role) {
		return TPM_HANDLE.from(KeyHandles.of(role));
	}

	/** The key at the role's handle, or empty when the handle is free. Call under the channel lock. */
	Optional<Found> find(KeyRole role) throws TpmException {
		return findAt(KeyHandles.of(role), role.toString());
	}

	/** The key a host provisioned before keys had an authValue keeps at the role's legacy handle, if any. */
	Optional<Found> findLegacy(KeyRole role) throws TpmException {
		java.util.OptionalInt handle = KeyHandles.legacyOf(role);
		return handle.isPresent() ? findAt(handle.getAsInt(), "legacy " + role) : Optional.empty();
	}

	private Optional<Found> findAt(int handle, String what) throws TpmException {
		Found cached = cache.get(handle);
		if (cached != null)
			return Optional.of(cached);
		ReadPublicResponse response;
		try {
			response = channel.command("ReadPublic of " + what + " at " + KeyHandles.hex(handle),
					tpm -> tpm.ReadPublic(TPM_HANDLE.from(handle)));
		} catch (TpmCommandException e) {
			if (e.baseCode() == ResponseCodes.HANDLE)
				return Optional.empty();
			throw e;
		}
		TpmPublicArea area;
		try {
			area = TpmPublicArea.parse(response.outPublic.toBytes());
		} catch (VerificationException e) {
			throw new TpmException(what + " at " + KeyHandles.hex(handle) + " is not an RSA key we can use: "
					+ e.getMessage(), e);
		}
		Found found = new Found(area, response.name, response.qualifiedName);
		cache.put(handle, found);
		return Optional.of(found);
	}

	/** The handle no longer holds what was read (evicted). */
	void forget(int handle) {
		cache.remove(handle);
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
