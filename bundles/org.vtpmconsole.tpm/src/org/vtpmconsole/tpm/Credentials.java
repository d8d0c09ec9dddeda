package org.vtpmconsole.tpm;

import java.security.SecureRandom;
import java.util.List;

import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.VerificationException;

import tss.tpm.ActivateCredentialResponse;
import tss.tpm.MakeCredentialResponse;
import tss.tpm.TPM2_ActivateCredential_REQUEST;
import tss.tpm.TPM_CC;
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
	private final SaltedSessions sessions;
	private final SecureRandom random = new SecureRandom();

	Credentials(TpmChannel channel, SaltedSessions sessions) {
		this.channel = channel;
		this.sessions = sessions;
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
		TPMS_ID_OBJECT idObject = idObject(credential);
		TPM_HANDLE session = endorsementPolicySession();
		try {
			TPM_HANDLE key = PersistentKeys.handle(role);
			TPM_HANDLE ek = PersistentKeys.handle(KeyRole.EK);
			return channel.command("ActivateCredential for " + role, tpm -> tpm._withSessions(TPM_HANDLE.PW, session)
					.ActivateCredential(key, ek, idObject, credential.encryptedSecret()));
		} finally {
			channel.flushQuietly(session);
		}
	}

	/**
	 * ActivateCredential for a key with an authValue: the key authorized in a salted session that also encrypts the
	 * recovered secret on the link, the EK by its policy session.
	 */
	byte[] activate(KeyRole role, byte[] keyName, byte[] authValue, byte[] ekName, Credential credential)
			throws TpmException {
		TPMS_ID_OBJECT idObject = idObject(credential);
		TPM_HANDLE session = endorsementPolicySession();
		try {
			TPM_HANDLE key = PersistentKeys.handle(role);
			TPM_HANDLE ek = PersistentKeys.handle(KeyRole.EK);
			byte[] parameters = new TPM2_ActivateCredential_REQUEST(key, ek, idObject, credential.encryptedSecret())
					.toBytes();
			byte[] response = sessions.send("ActivateCredential for " + role, TPM_CC.ActivateCredential.toInt(),
					List.of(new SaltedSessions.AuthorizedHandle(key, keyName, new SaltedSessions.ByAuthValue(authValue)),
							new SaltedSessions.AuthorizedHandle(ek, ekName, new SaltedSessions.ByPolicy(session))),
					parameters, SaltedSessions.ENCRYPT_RESPONSE);
			return ActivateCredentialResponse.fromBytes(response).certInfo;
		} finally {
			channel.flushQuietly(session);
		}
	}

	private static TPMS_ID_OBJECT idObject(Credential credential) throws TpmException {
		try {
			return new TPMS_ID_OBJECT(credential.integrityHmac(), credential.encIdentity());
		} catch (VerificationException e) {
			throw new TpmException("the credential blob is malformed: " + e.getMessage(), e);
		}
	}

	private TPM_HANDLE endorsementPolicySession() throws TpmException {
		byte[] nonce = new byte[NONCE_SIZE];
		random.nextBytes(nonce);
		TPM_HANDLE session = channel.command("StartAuthSession (policy)",
				tpm -> tpm.StartAuthSession(TPM_HANDLE.NULL, TPM_HANDLE.NULL, nonce, new byte[0], TPM_SE.POLICY,
						new TPMT_SYM_DEF(TPM_ALG_ID.NULL, 0, TPM_ALG_ID.NULL), TPM_ALG_ID.SHA256).handle);
		try {
			channel.run("PolicySecret(ENDORSEMENT)", tpm -> tpm.PolicySecret(TPM_HANDLE.ENDORSEMENT, session, new byte[0],
					new byte[0], new byte[0], 0));
			return session;
		} catch (TpmException | RuntimeException e) {
			channel.flushQuietly(session);
			throw e;
		}
	}
}
