package org.vtpmconsole.tpm;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.tpm.PersistentKeys.Found;
import org.vtpmconsole.tpm.verify.TpmHash;

import tss.tpm.CreateResponse;
import tss.tpm.TPM2_Create_REQUEST;
import tss.tpm.TPM_CC;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_SENSITIVE_CREATE;
import tss.tpm.TPM_HANDLE;

/**
 * Creates the keys of SPEC §3 at their fixed handles, or finds them there. Never overwrites: a handle holding a key
 * that does not match our template is an error that names the difference and leaves the TPM as it was.
 */
final class Provisioner {
	private static final List<KeyRole> CHILDREN = List.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG, KeyRole.AIK,
			KeyRole.VMEK);

	private final TpmChannel channel;
	private final PersistentKeys keys;
	private final EkCertificates ekCertificates;
	private final SaltedSessions sessions;
	private final KeyAuthorization authorization;

	/** @param authorization the agent's authValue for RSA_local and RSA_mig; null when this connection has none */
	Provisioner(TpmChannel channel, PersistentKeys keys, EkCertificates ekCertificates, SaltedSessions sessions,
			KeyAuthorization authorization) {
		this.channel = channel;
		this.keys = keys;
		this.ekCertificates = ekCertificates;
		this.sessions = sessions;
		this.authorization = authorization;
	}

	ProvisioningReport provision() throws TpmException {
		keys.forget();
		List<ProvisionedKey> report = new ArrayList<>();
		report.add(ensurePrimary(KeyRole.SRK, TPM_HANDLE.OWNER));
		Found srk = keys.require(KeyRole.SRK);
		for (KeyRole child : CHILDREN)
			report.add(ensureChild(child, srk));
		report.add(ensurePrimary(KeyRole.EK, TPM_HANDLE.ENDORSEMENT));
		List<ProvisionedKey> legacy = new ArrayList<>();
		for (KeyRole role : CHILDREN)
			if (keys.findLegacy(role).isPresent())
				legacy.add(legacy(role, keys.findLegacy(role).get()));
		EkCertificates.Status ek = ekCertificates.read(keys.require(KeyRole.EK));
		return new ProvisioningReport(channel.address(), report, legacy, ek.certificate(), ek.text());
	}

	private ProvisionedKey ensurePrimary(KeyRole role, TPM_HANDLE hierarchy) throws TpmException {
		Optional<Found> existing = keys.find(role);
		if (existing.isPresent())
			return existing(role, existing.get());
		TPM_HANDLE transientKey = channel.command("CreatePrimary " + role,
				tpm -> tpm.CreatePrimary(hierarchy, new TPMS_SENSITIVE_CREATE(), KeyTemplates.template(role), new byte[0],
						new TPMS_PCR_SELECTION[0]).handle);
		persist(role, transientKey);
		return new ProvisionedKey(role, KeyHandles.of(role), keys.require(role).name(), true);
	}

	private ProvisionedKey ensureChild(KeyRole role, Found srk) throws TpmException {
		Optional<Found> existing = keys.find(role);
		if (existing.isPresent()) {
			requireChildOf(role, existing.get(), srk);
			if (KeyTemplates.needsAuthorization(role) && authorization != null
					&& authorization.cannotBelongToExistingKeys())
				throw new TpmException(role + " at " + KeyHandles.hex(KeyHandles.of(role)) + " on " + channel.address()
						+ " was created with an authorization secret, but " + authorization.file()
						+ " did not exist and was made just now: restore the original file (the key cannot be used"
						+ " without it), or evict the key and provision again (labels wrapped to it are then lost)");
			return existing(role, existing.get());
		}
		TPM_HANDLE parent = PersistentKeys.handle(KeyRole.SRK);
		CreateResponse created = KeyTemplates.needsAuthorization(role) ? createAuthorized(role, srk)
				: channel.command("Create " + role, tpm -> tpm.Create(parent, new TPMS_SENSITIVE_CREATE(),
						KeyTemplates.template(role), new byte[0], new TPMS_PCR_SELECTION[0]));
		TPM_HANDLE transientKey = channel.command("Load " + role,
				tpm -> tpm.Load(parent, created.outPrivate, created.outPublic));
		persist(role, transientKey);
		return new ProvisionedKey(role, KeyHandles.of(role), keys.require(role).name(), true);
	}

	/**
	 * Create with the agent's authValue as userAuth, in a salted session that encrypts the sensitive part, so the
	 * authValue never crosses the TPM link in clear.
	 */
	private CreateResponse createAuthorized(KeyRole role, Found srk) throws TpmException {
		if (authorization == null)
			throw new TpmException("creating " + role + " on " + channel.address() + " needs the agent's key"
					+ " authorization secret (" + KeyAuthorization.FILE_NAME + " in its state directory); this"
					+ " connection was opened without it");
		byte[] authValue = authorization.value();
		try {
			byte[] parameters = new TPM2_Create_REQUEST(PersistentKeys.handle(KeyRole.SRK),
					new TPMS_SENSITIVE_CREATE(authValue, new byte[0]), KeyTemplates.template(role), new byte[0],
					new TPMS_PCR_SELECTION[0]).toBytes();
			try {
				byte[] response = sessions.send("Create " + role, TPM_CC.Create.toInt(),
						List.of(new SaltedSessions.AuthorizedHandle(PersistentKeys.handle(KeyRole.SRK), srk.name(),
								new SaltedSessions.ByAuthValue(new byte[0]))),
						parameters, SaltedSessions.ENCRYPT_COMMAND);
				authorization.markUsedForNewKey();
				return CreateResponse.fromBytes(response);
			} finally {
				Arrays.fill(parameters, (byte) 0);
			}
		} finally {
			Arrays.fill(authValue, (byte) 0);
		}
	}

	private ProvisionedKey legacy(KeyRole role, Found found) throws TpmException {
		Optional<String> mismatch = KeyTemplates.mismatch(KeyTemplates.legacyTemplate(role), found.publicArea());
		int handle = KeyHandles.legacyOf(role).getAsInt();
		if (mismatch.isPresent())
			throw new TpmException("persistent handle " + KeyHandles.hex(handle) + " on " + channel.address()
					+ " holds a key that is not a legacy " + role + " (" + mismatch.get()
					+ "); provisioning left it untouched: evict it or use another handle map");
		return new ProvisionedKey(role, handle, found.name(), false);
	}

	private void persist(KeyRole role, TPM_HANDLE transientKey) throws TpmException {
		try {
			TPM_HANDLE persistent = PersistentKeys.handle(role);
			channel.run("EvictControl " + role + " to " + KeyHandles.hex(KeyHandles.of(role)), tpm -> {
				tpm.EvictControl(TPM_HANDLE.OWNER, transientKey, persistent);
				return null;
			});
		} finally {
			channel.flushQuietly(transientKey);
		}
	}

	private ProvisionedKey existing(KeyRole role, Found found) throws TpmException {
		Optional<String> mismatch = KeyTemplates.mismatch(role, found.publicArea());
		if (mismatch.isPresent())
			throw new TpmException("persistent handle " + KeyHandles.hex(KeyHandles.of(role)) + " on " + channel.address()
					+ " holds a key that is not a " + role + " of SPEC §3 (" + mismatch.get()
					+ "); provisioning left it untouched: evict it or use another handle map");
		return new ProvisionedKey(role, KeyHandles.of(role), found.name(), false);
	}

	/** A child's qualified name is H(parent's qualified name ‖ child's name): proof that our SRK is its parent. */
	private void requireChildOf(KeyRole role, Found child, Found srk) throws TpmException {
		TpmHash nameAlg = child.publicArea().nameAlg();
		byte[] digest = nameAlg.digest(srk.qualifiedName(), child.name());
		byte[] expected = new byte[2 + digest.length];
		expected[0] = (byte) (nameAlg.algId() >> 8);
		expected[1] = (byte) nameAlg.algId();
		System.arraycopy(digest, 0, expected, 2, digest.length);
		if (!MessageDigest.isEqual(expected, child.qualifiedName()))
			throw new TpmException(role + " at " + KeyHandles.hex(KeyHandles.of(role)) + " on " + channel.address()
					+ " is not a child of the SRK at " + KeyHandles.hex(KeyHandles.SRK)
					+ "; provisioning left it untouched: evict it and provision again");
	}
}
