package org.vtpmconsole.tpm;

import org.vtpmconsole.tpm.verify.TpmHash;

import tss.tpm.NV_CertifyResponse;
import tss.tpm.NV_ReadPublicResponse;
import tss.tpm.TPMA_NV;
import tss.tpm.TPMS_NV_PUBLIC;
import tss.tpm.TPMS_SIGNATURE_RSASSA;
import tss.tpm.TPMS_SIG_SCHEME_RSASSA;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;

/**
 * NV indexes of type extend (TPM_NT_EXTEND): a register in NV that survives reboots, for anchoring the trail event
 * log (SPEC §8). Empty authorization, so any local user of the TPM can extend; nobody can rewrite.
 */
final class NvExtendIndexes {
	static final int NV_FIRST = 0x01000000;
	static final int NV_LAST = 0x01FFFFFF;
	/** libtpms's MAX_NV_BUFFER_SIZE. */
	static final int MAX_EXTEND_DATA = 1024;

	private static final int AUTHWRITE = 0x00000004;
	private static final int NT_EXTEND = 0x00000040;
	private static final int AUTHREAD = 0x00040000;
	private static final int NO_DA = 0x02000000;

	private final TpmChannel channel;

	NvExtendIndexes(TpmChannel channel) {
		this.channel = channel;
	}

	static void checkIndex(int index) throws TpmException {
		if (Integer.compareUnsigned(index, NV_FIRST) < 0 || Integer.compareUnsigned(index, NV_LAST) > 0)
			throw new TpmException(String.format("NV index 0x%08x is outside the NV range 0x%08x-0x%08x", index, NV_FIRST,
					NV_LAST));
	}

	void define(int index, TpmHash hash) throws TpmException {
		TPMS_NV_PUBLIC info = new TPMS_NV_PUBLIC(TPM_HANDLE.from(index), PcrAccess.algId(hash),
				new TPMA_NV(AUTHWRITE | NT_EXTEND | AUTHREAD | NO_DA), new byte[0], hash.digestLength());
		channel.run("NV_DefineSpace of " + hex(index), tpm -> {
			tpm.NV_DefineSpace(TPM_HANDLE.OWNER, new byte[0], info);
			return null;
		});
	}

	void extend(int index, byte[] data) throws TpmException {
		TPM_HANDLE handle = TPM_HANDLE.from(index);
		channel.run("NV_Extend of " + hex(index), tpm -> {
			tpm.NV_Extend(handle, handle, data);
			return null;
		});
	}

	/** The index's value; all zeros while nothing has been extended (the value the first extend starts from). */
	byte[] read(int index) throws TpmException {
		int size = size(index);
		TPM_HANDLE handle = TPM_HANDLE.from(index);
		try {
			return channel.command("NV_Read of " + hex(index), tpm -> tpm.NV_Read(handle, handle, size, 0));
		} catch (TpmCommandException e) {
			if (e.baseCode() == ResponseCodes.NV_UNINITIALIZED)
				return new byte[size];
			throw e;
		}
	}

	NvCertification certify(int index, byte[] qualifyingData) throws TpmException {
		int size = size(index);
		TPM_HANDLE handle = TPM_HANDLE.from(index);
		NV_CertifyResponse response = channel.command("NV_Certify of " + hex(index) + " with AIK",
				tpm -> tpm.NV_Certify(PersistentKeys.handle(KeyRole.AIK), handle, handle, qualifyingData,
						new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256), size, 0));
		return new NvCertification(response.certifyInfo.toBytes(), ((TPMS_SIGNATURE_RSASSA) response.signature).sig);
	}

	void undefine(int index) throws TpmException {
		channel.run("NV_UndefineSpace of " + hex(index), tpm -> {
			tpm.NV_UndefineSpace(TPM_HANDLE.OWNER, TPM_HANDLE.from(index));
			return null;
		});
	}

	private int size(int index) throws TpmException {
		NV_ReadPublicResponse info = channel.command("NV_ReadPublic of " + hex(index),
				tpm -> tpm.NV_ReadPublic(TPM_HANDLE.from(index)));
		return info.nvPublic.dataSize;
	}

	static String hex(int index) {
		return String.format("NV index 0x%08x", index);
	}
}
