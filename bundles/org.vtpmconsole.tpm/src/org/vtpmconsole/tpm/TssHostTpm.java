package org.vtpmconsole.tpm;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vtpmconsole.tpm.verify.Credential;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;
import org.vtpmconsole.tpm.verify.TpmPublicArea;

import tss.tpm.CertifyResponse;
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

	TssHostTpm(TpmChannel channel) {
		this.channel = channel;
		keys = new PersistentKeys(channel);
		ekCertificates = new EkCertificates(channel);
		pcrs = new PcrAccess(channel);
		nv = new NvExtendIndexes(channel);
		credentials = new Credentials(channel);
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
		return channel.operation("provision", () -> new Provisioner(channel, keys, ekCertificates).provision());
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
			keys.require(role);
			TPMS_SIGNATURE_RSASSA signature = (TPMS_SIGNATURE_RSASSA) channel.command(
					"Sign with " + role + " at " + KeyHandles.hex(KeyHandles.of(role)),
					tpm -> tpm.Sign(PersistentKeys.handle(role), input, new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256),
							new TPMT_TK_HASHCHECK()));
			return signature.sig;
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
		return channel.operation("decrypt", () -> {
			keys.require(role);
			return channel.command("RSA_Decrypt with " + role + " at " + KeyHandles.hex(KeyHandles.of(role)),
					tpm -> tpm.RSA_Decrypt(PersistentKeys.handle(role), input, new TPMS_SCHEME_OAEP(TPM_ALG_ID.SHA256),
							new byte[0]));
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
			keys.require(object);
			keys.require(signer);
			CertifyResponse response = channel.command("Certify of " + object + " with " + signer,
					tpm -> tpm.Certify(PersistentKeys.handle(object), PersistentKeys.handle(signer), nonce,
							new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256)));
			return new KeyCertification(response.certifyInfo.toBytes(),
					((TPMS_SIGNATURE_RSASSA) response.signature).sig);
		});
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
			keys.require(role);
			keys.require(KeyRole.EK);
			return credentials.activate(role, credential);
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
