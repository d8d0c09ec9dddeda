package org.vtpmconsole.tpm;

import java.security.SecureRandom;

import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.VerificationException;

import tss.tpm.MakeCredentialResponse;
import tss.tpm.TPMS_ID_OBJECT;
import tss.tpm.TPMT_PUBLIC;
import tss.tpm.TPMT_SYM_DEF;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;
import tss.tpm.TPM_RH;
import tss.tpm.TPM_SE;

/** TPM2_MakeCredential and TPM2_ActivateCredential (SPEC §7 enrollment). */
final class Credentials {
	private static final int NONCE_SIZE = 32;

	private final TpmChannel channel;
	private final SecureRandom random = new SecureRandom();

	Credentials(TpmChannel channel) {
		this.channel = channel;
	}

	/** MakeCredential on this TPM for any EK (loaded public-only into the NULL hierarchy). */
	Credential make(byte[] ekPublicArea, byte[] objectName, byte[] secret) throws TpmException {
		TPMT_PUBLIC ekPublic;
		try {
			ekPublic = TPMT_PUBLIC.fromBytes(ekPublicArea);
		} catch (RuntimeException e) {
			throw new TpmException("the EK public area does not parse as a TPMT_PUBLIC: " + e.getMessage(), e);
		}
		TPM_HANDLE ek = channel.command("LoadExternal of the EK public area",
				tpm -> tpm.LoadExternal(null, ekPublic, TPM_HANDLE.from(TPM_RH.NULL)));
		try {
			MakeCredentialResponse made = channel.command("MakeCredential",
					tpm -> tpm.MakeCredential(ek, secret, objectName));
			return new Credential(made.credentialBlob.toBytes(), made.secret);
		} finally {
			channel.flushQuietly(ek);
		}
	}

	/** ActivateCredential with this TPM's EK; the EK's policy needs PolicySecret(TPM_RH_ENDORSEMENT). */
	byte[] activate(KeyRole role, Credential credential) throws TpmException {
		TPMS_ID_OBJECT idObject;
		try {
			idObject = new TPMS_ID_OBJECT(credential.integrityHmac(), credential.encIdentity());
		} catch (VerificationException e) {
			throw new TpmException("the credential blob is malformed: " + e.getMessage(), e);
		}
		byte[] nonce = new byte[NONCE_SIZE];
		random.nextBytes(nonce);
		TPM_HANDLE session = channel.command("StartAuthSession (policy)",
				tpm -> tpm.StartAuthSession(TPM_HANDLE.NULL, TPM_HANDLE.NULL, nonce, new byte[0], TPM_SE.POLICY,
						new TPMT_SYM_DEF(TPM_ALG_ID.NULL, 0, TPM_ALG_ID.NULL), TPM_ALG_ID.SHA256).handle);
		try {
			channel.run("PolicySecret(ENDORSEMENT)", tpm -> tpm.PolicySecret(TPM_HANDLE.ENDORSEMENT, session, new byte[0],
					new byte[0], new byte[0], 0));
			TPM_HANDLE key = PersistentKeys.handle(role);
			TPM_HANDLE ek = PersistentKeys.handle(KeyRole.EK);
			return channel.command("ActivateCredential for " + role, tpm -> tpm._withSessions(TPM_HANDLE.PW, session)
					.ActivateCredential(key, ek, idObject, credential.encryptedSecret()));
		} finally {
			channel.flushQuietly(session);
		}
	}
}
