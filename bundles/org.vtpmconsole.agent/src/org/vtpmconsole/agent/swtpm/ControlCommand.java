package org.vtpmconsole.agent.swtpm;

import java.nio.ByteBuffer;

/**
 * The commands of swtpm's control channel (include/swtpm/tpm_ioctl.h, "CMD_*"): a 4-byte big-endian code, then a
 * request body whose length is fixed per command or, for the two streaming commands, given by a length field inside
 * the body. swtpm takes whatever one read returns as the request, and QEMU writes some requests as the whole
 * request/response union (SET_LOCALITY and RESET_TPMESTABLISHED: 4 bytes, though swtpm uses only the first), so the
 * lengths here are those QEMU 7.2's tpm_emulator.c writes. The answers' lengths are those swtpm 0.7.1 writes.
 */
public enum ControlCommand {
	/** ptm_cap: 8 bytes, and no result field. */
	GET_CAPABILITY(0x01, 0, -1, 8), INIT(0x02, 4, -1, 4), SHUTDOWN(0x03, 0, -1, 4),
	/** ptm_est: result, the bit, padding. */
	GET_TPMESTABLISHED(0x04, 0, -1, 8),
	/** ptm_loc: the locality in the first byte, padded to the union's 4 bytes. */
	SET_LOCALITY(0x05, 4, -1, 4),
	HASH_START(0x06, 0, -1, 4),
	/** ptm_hdata: u32 length, then that many bytes. */
	HASH_DATA(0x07, 4, 0, 4),
	HASH_END(0x08, 0, -1, 4), CANCEL_TPM_CMD(0x09, 0, -1, 4), STORE_VOLATILE(0x0a, 0, -1, 4),
	/** ptm_reset_est: the locality in the first byte, padded to the union's 4 bytes. */
	RESET_TPMESTABLISHED(0x0b, 4, -1, 4),
	/** ptm_getstate request: u32 state_flags, u32 type, u32 offset. Answered by a header and data: see SwtpmControl. */
	GET_STATEBLOB(0x0c, 12, -1, -1),
	/** ptm_setstate: u32 state_flags, u32 type, u32 length, then that many bytes. */
	SET_STATEBLOB(0x0d, 12, 8, 4),
	STOP(0x0e, 0, -1, 4),
	/** ptm_getconfig: result, flags. */
	GET_CONFIG(0x0f, 0, -1, 8),
	/** No body: the data channel's descriptor travels with the code (SCM_RIGHTS). */
	SET_DATAFD(0x10, 0, -1, 4),
	/** ptm_setbuffersize: result, buffer size, minimum, maximum. */
	SET_BUFFERSIZE(0x11, 4, -1, 16),
	/** ptm_getinfo request: u64 flags, u32 offset, u32 pad. Answered with a length-prefixed text. */
	GET_INFO(0x12, 16, -1, -1),
	LOCK_STORAGE(0x13, 4, -1, 4);

	/** swtpm refuses state blobs above 512 KiB; nothing else on this channel is larger. */
	public static final int MAX_VARIABLE_LENGTH = 512 * 1024;

	private final int code;
	private final int fixedLength;
	/** Offset of the u32 length of the trailing data inside the fixed part, or -1 when there is none. */
	private final int lengthFieldOffset;
	/** swtpm's whole answer when the command succeeds, or -1 when its length is inside the answer. */
	private final int successResponseLength;

	ControlCommand(int code, int fixedLength, int lengthFieldOffset, int successResponseLength) {
		this.code = code;
		this.fixedLength = fixedLength;
		this.lengthFieldOffset = lengthFieldOffset;
		this.successResponseLength = successResponseLength;
	}

	public int code() {
		return code;
	}

	/** The body bytes that always follow the code. */
	public int fixedLength() {
		return fixedLength;
	}

	/** How many data bytes follow the fixed part, read from its length field (0 for fixed-size commands). */
	public int variableLength(byte[] fixedPart) {
		return lengthFieldOffset < 0 ? 0 : ByteBuffer.wrap(fixedPart).getInt(lengthFieldOffset);
	}

	/**
	 * The length of swtpm's answer when it succeeds, or -1 for the two commands whose answer carries its own length.
	 * A failed command is answered with its 4-byte result alone (swtpm 0.7.1 ctrlchannel.c), except GET_CAPABILITY,
	 * which cannot fail and has no result field.
	 */
	public int successResponseLength() {
		return successResponseLength;
	}

	/** The command with this code, or null. */
	public static ControlCommand ofCode(int code) {
		for (ControlCommand command : values()) {
			if (command.code == code) {
				return command;
			}
		}
		return null;
	}
}
