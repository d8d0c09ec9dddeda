package org.vtpmconsole.agent.swtpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Raw TPM2 NV commands with the owner's empty password (TPM_RS_PW), to put a known marker into a vTPM's NV memory
 * and read it back without a TSS.
 */
public final class NvCommands {
	public static final int INDEX = 0x01500016;
	private static final int TPM_ST_SESSIONS = 0x8002;
	private static final int TPM_RH_OWNER = 0x40000001;
	private static final int TPM_RS_PW = 0x40000009;
	private static final int TPM_CC_NV_DEFINE_SPACE = 0x12A;
	private static final int TPM_CC_NV_WRITE = 0x137;
	private static final int TPM_CC_NV_READ = 0x14E;
	/** OWNERWRITE | OWNERREAD | NO_DA, an ordinary index. */
	private static final int ATTRIBUTES = 0x2 | 0x20000 | 0x2000000;

	private NvCommands() {
	}

	public static void defineAndWrite(TpmCommandChannel tpm, byte[] marker) throws IOException {
		ByteBuffer publicInfo = ByteBuffer.allocate(14).putInt(INDEX).putShort((short) 0x000B).putInt(ATTRIBUTES)
				.putShort((short) 0).putShort((short) marker.length);
		byte[] define = command(TPM_CC_NV_DEFINE_SPACE, new int[] { TPM_RH_OWNER },
				ByteBuffer.allocate(2 + 2 + 14).putShort((short) 0).putShort((short) 14).put(publicInfo.array()).array());
		require(tpm.transact(TpmFrame.of(define)), "NV_DefineSpace");
		byte[] write = command(TPM_CC_NV_WRITE, new int[] { TPM_RH_OWNER, INDEX },
				ByteBuffer.allocate(2 + marker.length + 2).putShort((short) marker.length).put(marker).putShort((short) 0)
						.array());
		require(tpm.transact(TpmFrame.of(write)), "NV_Write");
	}

	public static byte[] read(TpmCommandChannel tpm, int length) throws IOException {
		byte[] read = command(TPM_CC_NV_READ, new int[] { TPM_RH_OWNER, INDEX },
				ByteBuffer.allocate(4).putShort((short) length).putShort((short) 0).array());
		TpmFrame response = require(tpm.transact(TpmFrame.of(read)), "NV_Read");
		// header, parameterSize, then TPM2B_MAX_NV_BUFFER
		int size = ByteBuffer.wrap(response.bytes()).getShort(14) & 0xffff;
		return Arrays.copyOfRange(response.bytes(), 16, 16 + size);
	}

	private static byte[] command(int code, int[] handles, byte[] parameters) {
		int authSize = 4 + 2 + 1 + 2;
		int size = 10 + 4 * handles.length + 4 + authSize + parameters.length;
		ByteBuffer command = ByteBuffer.allocate(size).putShort((short) TPM_ST_SESSIONS).putInt(size).putInt(code);
		for (int handle : handles) {
			command.putInt(handle);
		}
		command.putInt(authSize).putInt(TPM_RS_PW).putShort((short) 0).put((byte) 0).putShort((short) 0);
		return command.put(parameters).array();
	}

	private static TpmFrame require(TpmFrame response, String what) throws IOException {
		if (response.code() != 0) {
			throw new IOException(String.format("%s failed with 0x%x", what, response.code()));
		}
		return response;
	}
}
