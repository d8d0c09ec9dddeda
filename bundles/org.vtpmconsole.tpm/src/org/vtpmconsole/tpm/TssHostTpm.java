package org.vtpmconsole.tpm;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

import org.vtpmconsole.tpm.PersistentKeys.Found;

import tss.tpm.CertifyResponse;
import tss.tpm.RSA_DecryptResponse;
import tss.tpm.SignResponse;
import tss.tpm.TPM2_Certify_REQUEST;
import tss.tpm.TPM2_RSA_Decrypt_REQUEST;
import tss.tpm.TPM2_Sign_REQUEST;
import tss.tpm.TPM_CC;
import tss.tpm.TPM_HANDLE;
import tss.tpm.TPMS_SCHEME_OAEP;
import tss.tpm.TPMS_SIGNATURE_RSASSA;
import tss.tpm.TPMS_SIG_SCHEME_RSASSA;
import tss.tpm.TPMT_TK_HASHCHECK;
import tss.tpm.TPM_ALG_ID;

/**
 * The host TPM over TSS.Java, from {@link HostTpms#open(String)}. Every operation runs under the connection's lock and
 * leaves no transient object or session loaded, so any sequence of calls fits libtpms's three object slots.
 */
public final class TssHostTpm implements HostTpm {
	/** All keys are RSA-2048. */
	public static final int RSA_BYTES = 256;
	/** TPM2B_DATA holds at most a TPMT_HA (66 bytes); 64 keeps every TPM happy. */
	public static final int MAX_QUALIFYING_DATA = 64;

	private static final Set<KeyRole> SIGNERS = EnumSet.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG, KeyRole.VMEK);
	private static final Set<KeyRole> CERTIFIERS = EnumSet.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG, KeyRole.AIK,
			KeyRole.VMEK);
	private static final Set<KeyRole> DECRYPTERS = EnumSet.of(KeyRole.RSA_LOCAL, KeyRole.RSA_MIG);

	private final TpmChannel channel;
	private final PersistentKeys keys;
	private final EkCertificates ekCertificates;
	private final PcrAccess pcrs;
	private final NvExtendIndexes nv;
	private final Credentials credentials;
	private final SaltedSessions sessions;
	private final KeyAuthorization authorization;

	/** @param authorization the authValue of RSA_local and RSA_mig; null opens a connection that cannot use them */
	TssHostTpm(TpmChannel channel, KeyAuthorization authorization) {
		this.channel = channel;
		this.authorization = authorization;
		keys = new PersistentKeys(channel);
		ekCertificates = new EkCertificates(channel);
		pcrs = new PcrAccess(channel);
		nv = new NvExtendIndexes(channel);
		sessions = new SaltedSessions(channel, keys);
		credentials = new Credentials(channel, sessions);
	}

	@Override
	public String address() {
		return channel.address();
	}

	@Override
	public long commandCount() {
		return channel.commandCount();
	}

	/** Receives the time and command count of every later operation; null removes it. */
	public void setOperationListener(OperationListener listener) {
		channel.setListener(listener);
	}

	/**
	 * Creates the keys of SPEC §3 at their handles (docs/tpm-keys.md), or finds them there. Idempotent: a second run
	 * changes nothing and reports the same names.
	 */
	public ProvisioningReport provision() throws TpmException {
		return channel.operation("provision",
				() -> new Provisioner(channel, keys, ekCertificates, sessions, authorization).provision());
	}

	@Override
	public RSAPublicKey publicKey(KeyRole role) throws TpmException {
		return publicArea(role).rsaPublicKey();
	}

	@Override
	public byte[] name(KeyRole role) throws TpmException {
		requireRole(role);
		return channel.operation("name", () -> keys.require(role).name().clone());
	}

	/** The key's TPMT_PUBLIC, parsed; {@link TpmPublicArea#encoded()} is what a CA needs with the name. */
	public TpmPublicArea publicArea(KeyRole role) throws TpmException {
		requireRole(role);
		return channel.operation("publicArea", () -> keys.require(role).publicArea());
	}

	/** The manufacturer's EK certificate, when the TPM has one that matches its EK. */
	public Optional<X509Certificate> ekCertificate() throws TpmException {
		return channel.operation("ekCertificate", () -> ekCertificates.read(keys.require(KeyRole.EK)).certificate());
	}

	public TpmInfo info() throws TpmException {
		return channel.operation("info", () -> new TpmInfoReader(channel, keys, ekCertificates).read());
	}

	@Override
	public byte[] signSha256(KeyRole role, byte[] digest) throws TpmException {
		requireRole(role);
		if (!SIGNERS.contains(role))
			throw new TpmException(role + " cannot sign a digest: "
					+ (role == KeyRole.AIK ? "it is a restricted key that signs only TPM-generated data (quotes, certifications)"
							: "it is a decryption key")
					+ "; sign with " + SIGNERS);
		if (digest == null || digest.length != TpmHash.SHA256.digestLength())
			throw new TpmException("digest must be 32 bytes (SHA-256), got " + (digest == null ? "none" : digest.length));
		byte[] input = digest.clone();
		return channel.operation("sign", () -> {
			Found key = keys.require(role);
			String what = "Sign with " + role + " at " + KeyHandles.hex(KeyHandles.of(role));
			TPMS_SIG_SCHEME_RSASSA scheme = new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256);
			if (!KeyTemplates.needsAuthorization(role))
				return ((TPMS_SIGNATURE_RSASSA) channel.command(what, tpm -> tpm.Sign(PersistentKeys.handle(role), input,
						scheme, new TPMT_TK_HASHCHECK()))).sig;
			byte[] parameters = new TPM2_Sign_REQUEST(PersistentKeys.handle(role), input, scheme,
					new TPMT_TK_HASHCHECK()).toBytes();
			byte[] response = authorized(what, TPM_CC.Sign, role, key, parameters, SaltedSessions.ENCRYPT_COMMAND);
			return ((TPMS_SIGNATURE_RSASSA) SignResponse.fromBytes(response).signature).sig;
		});
	}

	@Override
	public byte[] decryptOaepSha256(KeyRole role, byte[] ciphertext) throws TpmException {
		requireRole(role);
		if (!DECRYPTERS.contains(role))
			throw new TpmException(role + " cannot decrypt: "
					+ (role == KeyRole.SRK || role == KeyRole.EK ? "it is a restricted storage key" : "it is a signing key")
					+ "; decrypt with " + DECRYPTERS);
		if (ciphertext == null || ciphertext.length != RSA_BYTES)
			throw new TpmException("ciphertext must be " + RSA_BYTES + " bytes for an RSA-2048 key, got "
					+ (ciphertext == null ? "none" : ciphertext.length));
		byte[] input = ciphertext.clone();
		return channel.operation("decrypt", () -> decrypt("RSA_Decrypt with " + role + " at "
				+ KeyHandles.hex(KeyHandles.of(role)), keys.require(role), PersistentKeys.handle(role), authValue(role),
				input));
	}

	/**
	 * RSA_Decrypt in a salted session whose response parameter (the plaintext) is encrypted: the unwrapped secret
	 * never crosses the TPM link in clear, whether or not the key has an authValue.
	 */
	private byte[] decrypt(String what, Found key, TPM_HANDLE handle, byte[] authValue, byte[] ciphertext)
			throws TpmException {
		byte[] parameters = new TPM2_RSA_Decrypt_REQUEST(handle, ciphertext, new TPMS_SCHEME_OAEP(TPM_ALG_ID.SHA256),
				new byte[0]).toBytes();
		byte[] response = null;
		try {
			response = sessions.send(what, TPM_CC.RSA_Decrypt.toInt(),
					List.of(new SaltedSessions.AuthorizedHandle(handle, key.name(), new SaltedSessions.ByAuthValue(authValue))),
					parameters, SaltedSessions.ENCRYPT_COMMAND | SaltedSessions.ENCRYPT_RESPONSE);
			return RSA_DecryptResponse.fromBytes(response).message;
		} finally {
			Arrays.fill(authValue, (byte) 0);
			if (response != null)
				Arrays.fill(response, (byte) 0);
		}
	}

	/** One command on the role's key, authorized by the agent's authValue in a salted session. */
	private byte[] authorized(String what, TPM_CC command, KeyRole role, Found key, byte[] parameters, int encryption)
			throws TpmException {
		byte[] authValue = authValue(role);
		try {
			return sessions.send(what, command.toInt(), List.of(new SaltedSessions.AuthorizedHandle(
					PersistentKeys.handle(role), key.name(), new SaltedSessions.ByAuthValue(authValue))), parameters,
					encryption);
		} finally {
			Arrays.fill(authValue, (byte) 0);
		}
	}

	/** A copy of the authValue for a key that needs one (wipe it), or an explanation why this connection has none. */
	private byte[] authValue(KeyRole role) throws TpmException {
		if (authorization == null)
			throw new TpmException(role + " on " + channel.address() + " needs the agent's key authorization secret ("
					+ KeyAuthorization.FILE_NAME + " in its state directory); this connection was opened without it");
		return authorization.value();
	}

	/** RSA_local and RSA_mig of an earlier provisioning, still at their old handles (docs/tpm-keys.md). */
	public List<LegacyKey> legacyKeys() throws TpmException {
		return channel.operation("legacyKeys", () -> {
			List<LegacyKey> legacy = new ArrayList<>();
			for (KeyRole role : DECRYPTERS) {
				Optional<Found> found = keys.findLegacy(role);
				if (found.isPresent())
					legacy.add(new LegacyKey(role, KeyHandles.legacyOf(role).getAsInt(),
							found.get().publicArea().rsaPublicKey(), found.get().name()));
			}
			return legacy;
		});
	}

	/** RSA-OAEP decryption with a legacy key (empty authValue), still in a salted session with encrypted response. */
	public byte[] decryptWithLegacyKey(KeyRole role, byte[] ciphertext) throws TpmException {
		requireRole(role);
		if (ciphertext == null || ciphertext.length != RSA_BYTES)
			throw new TpmException("ciphertext must be " + RSA_BYTES + " bytes for an RSA-2048 key");
		byte[] input = ciphertext.clone();
		return channel.operation("decryptLegacy", () -> {
			Found key = keys.findLegacy(role).orElseThrow(() -> new TpmException("no legacy " + role + " on "
					+ channel.address()));
			int handle = KeyHandles.legacyOf(role).getAsInt();
			return decrypt("RSA_Decrypt with legacy " + role + " at " + KeyHandles.hex(handle), key,
					TPM_HANDLE.from(handle), new byte[0], input);
		});
	}

	/** Evicts a legacy key; whatever is still wrapped to it is lost, so the caller moves every label off it first. */
	public void evictLegacyKey(KeyRole role) throws TpmException {
		requireRole(role);
		channel.operation("evictLegacy", () -> {
			int handle = KeyHandles.legacyOf(role).orElseThrow(() -> new TpmException(role + " has no legacy handle"));
			if (keys.findLegacy(role).isEmpty())
				return null;
			channel.run("EvictControl of legacy " + role + " at " + KeyHandles.hex(handle), tpm -> {
				tpm.EvictControl(TPM_HANDLE.OWNER, TPM_HANDLE.from(handle), TPM_HANDLE.from(handle));
				return null;
			});
			keys.forget(handle);
			return null;
		});
	}

	/** The current values of the selected PCRs. */
	public PcrValues pcrRead(PcrSelection selection) throws TpmException {
		requireSelection(selection);
		return channel.operation("pcrRead", () -> pcrs.read(selection));
	}

	/** TPM2_PCR_Extend: each given bank of the PCR becomes H(old ‖ digest). */
	public void pcrExtend(int pcr, Map<TpmHash, byte[]> digests) throws TpmException {
		if (pcr < 0 || pcr >= PcrSelection.PCR_COUNT)
			throw new TpmException("PCR index " + pcr + " is outside 0-" + (PcrSelection.PCR_COUNT - 1));
		if (digests == null || digests.isEmpty())
			throw new TpmException("no digests to extend PCR " + pcr + " with");
		for (Map.Entry<TpmHash, byte[]> entry : digests.entrySet())
			if (entry.getValue() == null || entry.getValue().length != entry.getKey().digestLength())
				throw new TpmException(entry.getKey() + " digest for PCR " + pcr + " must be "
						+ entry.getKey().digestLength() + " bytes");
		channel.operation("pcrExtend", () -> {
			pcrs.extend(pcr, digests);
			return null;
		});
	}

	/** TPM2_Quote by the AIK (RSASSA-SHA256) over the selection, with the PCR values read under the same lock. */
	public Quote quote(byte[] qualifyingData, PcrSelection selection) throws TpmException {
		requireQualifyingData(qualifyingData);
		requireSelection(selection);
		byte[] nonce = qualifyingData.clone();
		return channel.operation("quote", () -> {
			keys.require(KeyRole.AIK);
			return pcrs.quote(nonce, selection);
		});
	}

	/**
	 * TPM2_Certify of the key of {@code object} by the key of {@code signer} (RSASSA-SHA256), with the caller's nonce as
	 * qualifyingData. Certifying the AIK by itself proves possession of a restricted key, which signs no external data.
	 */
	@Override
	public KeyCertification certify(KeyRole object, KeyRole signer, byte[] qualifyingData) throws TpmException {
		requireRole(object);
		requireRole(signer);
		if (!CERTIFIERS.contains(signer))
			throw new TpmException(signer + " cannot certify: it is not a signing key; certify with " + CERTIFIERS);
		requireQualifyingData(qualifyingData);
		byte[] nonce = qualifyingData.clone();
		return channel.operation("certify", () -> {
			Found objectKey = keys.require(object);
			Found signerKey = keys.require(signer);
			String what = "Certify of " + object + " with " + signer;
			TPMS_SIG_SCHEME_RSASSA scheme = new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256);
			CertifyResponse response;
			if (!KeyTemplates.needsAuthorization(object) && !KeyTemplates.needsAuthorization(signer)) {
				response = channel.command(what, tpm -> tpm.Certify(PersistentKeys.handle(object),
						PersistentKeys.handle(signer), nonce, scheme));
			} else if (object == signer || KeyTemplates.needsAuthorization(object)
					&& KeyTemplates.needsAuthorization(signer)) {
				throw new TpmException(what + ": both keys need the authValue session; certify with the AIK");
			} else {
				byte[] parameters = new TPM2_Certify_REQUEST(PersistentKeys.handle(object), PersistentKeys.handle(signer),
						nonce, scheme).toBytes();
				List<SaltedSessions.AuthorizedHandle> handles = List.of(authorizedHandle(object, objectKey),
						authorizedHandle(signer, signerKey));
				try {
					response = CertifyResponse.fromBytes(sessions.send(what, TPM_CC.Certify.toInt(), handles, parameters, 0));
				} finally {
					handles.forEach(handle -> {
						if (handle.authorization() instanceof SaltedSessions.ByAuthValue auth)
							Arrays.fill(auth.authValue(), (byte) 0);
					});
				}
			}
			return new KeyCertification(response.certifyInfo.toBytes(),
					((TPMS_SIGNATURE_RSASSA) response.signature).sig);
		});
	}

	/** The handle of a key authorized by the agent's authValue, or by the empty password for keys without one. */
	private SaltedSessions.AuthorizedHandle authorizedHandle(KeyRole role, Found key) throws TpmException {
		return new SaltedSessions.AuthorizedHandle(PersistentKeys.handle(role), key.name(),
				KeyTemplates.needsAuthorization(role) ? new SaltedSessions.ByAuthValue(authValue(role))
						: new SaltedSessions.ByEmptyPassword());
	}

	/** Defines an NV index of type extend whose value is a {@code hash} digest, empty authorization. */
	public void nvDefineExtendIndex(int index, TpmHash hash) throws TpmException {
		NvExtendIndexes.checkIndex(index);
		channel.operation("nvDefine", () -> {
			nv.define(index, hash);
			return null;
		});
	}

	/** TPM2_NV_Extend: the index becomes H(old ‖ data). */
	public void nvExtend(int index, byte[] data) throws TpmException {
		NvExtendIndexes.checkIndex(index);
		if (data == null || data.length == 0 || data.length > NvExtendIndexes.MAX_EXTEND_DATA)
			throw new TpmException("NV extend data must be 1 to " + NvExtendIndexes.MAX_EXTEND_DATA + " bytes");
		byte[] input = data.clone();
		channel.operation("nvExtend", () -> {
			nv.extend(index, input);
			return null;
		});
	}

	/** The index's value; all zeros before the first extend. */
	public byte[] nvRead(int index) throws TpmException {
		NvExtendIndexes.checkIndex(index);
		return channel.operation("nvRead", () -> nv.read(index));
	}

	/** TPM2_NV_Certify of the whole index by the AIK. */
	public NvCertification nvCertify(int index, byte[] qualifyingData) throws TpmException {
		NvExtendIndexes.checkIndex(index);
		requireQualifyingData(qualifyingData);
		byte[] nonce = qualifyingData.clone();
		return channel.operation("nvCertify", () -> {
			keys.require(KeyRole.AIK);
			return nv.certify(index, nonce);
		});
	}

	public void nvUndefine(int index) throws TpmException {
		NvExtendIndexes.checkIndex(index);
		channel.operation("nvUndefine", () -> {
			nv.undefine(index);
			return null;
		});
	}

	/**
	 * TPM2_MakeCredential on this TPM, for the EK of any TPM (the software equivalent for a CA without a TPM is
	 * {@link org.vtpmconsole.tpm.verify.CredentialMaker}).
	 */
	public Credential makeCredential(byte[] ekPublicArea, byte[] objectName, byte[] secret) throws TpmException {
		if (ekPublicArea == null || objectName == null || secret == null || secret.length == 0)
			throw new TpmException("makeCredential needs the EK public area, a key name and a non-empty secret");
		return channel.operation("makeCredential", () -> credentials.make(ekPublicArea, objectName, secret));
	}

	/** TPM2_ActivateCredential with this TPM's EK for the key of {@code role}; fails unless made for both. */
	public byte[] activateCredential(KeyRole role, Credential credential) throws TpmException {
		requireRole(role);
		if (credential == null)
			throw new TpmException("no credential given");
		return channel.operation("activateCredential", () -> {
			Found key = keys.require(role);
			Found ek = keys.require(KeyRole.EK);
			if (!KeyTemplates.needsAuthorization(role))
				return credentials.activate(role, credential);
			byte[] authValue = authValue(role);
			try {
				return credentials.activate(role, key.name(), authValue, ek.name(), credential);
			} finally {
				Arrays.fill(authValue, (byte) 0);
			}
		});
	}

	@Override
	public void close() {
		channel.close();
	}

	TpmChannel channel() {
		return channel;
	}

	private static void requireRole(KeyRole role) throws TpmException {
		if (role == null)
			throw new TpmException("no key role given; expected one of " + java.util.Arrays.toString(KeyRole.values()));
	}

	private static void requireSelection(PcrSelection selection) throws TpmException {
		if (selection == null || selection.isEmpty())
			throw new TpmException("no PCRs selected");
	}

	private static void requireQualifyingData(byte[] qualifyingData) throws TpmException {
		if (qualifyingData == null || qualifyingData.length > MAX_QUALIFYING_DATA)
			throw new TpmException("qualifying data (nonce) must be 0 to " + MAX_QUALIFYING_DATA + " bytes, got "
					+ (qualifyingData == null ? "none" : qualifyingData.length));
	}
}
