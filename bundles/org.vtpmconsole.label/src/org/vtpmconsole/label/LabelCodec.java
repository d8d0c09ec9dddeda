package org.vtpmconsole.label;

import static org.vtpmconsole.label.LabelFormatException.Kind.*;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Label format v1 (SPEC §4.2): big-endian, TPM2B = UINT16 size followed by that many bytes. */
public final class LabelCodec {
	public static final int VERSION = 1;
	/** Upper bound on an encoded label; the field rules keep real labels far below it (RSA-4096: 1260 bytes). */
	public static final int MAX_LABEL_SIZE = LabelRules.MAX_LABEL_SIZE;
	private static final byte[] MAGIC = "VTPL".getBytes(StandardCharsets.US_ASCII);

	private LabelCodec() {
	}

	/** Decodes a complete label; refuses anything that is not exactly one valid v1 label. */
	public static Label decode(byte[] bytes) throws LabelFormatException {
		LabelRules.labelSize(bytes.length);
		LabelReader in = new LabelReader(bytes);
		byte[] magic = in.bytes("magic", MAGIC.length);
		if (!Arrays.equals(magic, MAGIC)) {
			throw new LabelFormatException(BAD_MAGIC, "magic", 0,
					"found " + HexFormat.of().formatHex(magic) + ", expected 5654504c (\"VTPL\")");
		}
		int versionAt = in.offset();
		int version = in.u8("version");
		if (version != VERSION) {
			throw new LabelFormatException(BAD_VERSION, "version", versionAt,
					"version " + version + " is not supported (only " + VERSION + ")");
		}
		int statusAt = in.offset();
		int statusCode = in.u8("status");
		LabelStatus status = LabelStatus.ofCode(statusCode);
		if (status == null) {
			throw new LabelFormatException(UNKNOWN_STATUS, "status", statusAt,
					"unknown status " + statusCode + " (1 LOCAL, 2 MIGRATING)");
		}
		long notBefore = in.time("notBefore");
		int notAfterAt = in.offset();
		long notAfter = in.time("notAfter");
		LabelRules.validity(notAfterAt, notBefore, notAfter);
		byte[] secret = in.rsaBlock("secret");
		HashAlgorithm digestAlg = LabelRules.digestAlg(in.offset(), in.u16("digestAlg"));
		byte[] uuidHash = in.digest("uuidHash", digestAlg);
		byte[] qemuDigest = in.digest("qemuDigest", digestAlg);
		byte[] signerName = in.name("signerName");
		byte[] recipientName = in.name("recipientName");
		LabelRules.sigScheme(in.offset(), in.u16("sigScheme"));
		LabelRules.sigHash(in.offset(), in.u16("sigHash"));
		int signedLength = in.offset();
		byte[] signature = in.rsaBlock("signature");
		in.end();
		return new Label(status, notBefore, notAfter, secret, digestAlg, uuidHash, qemuDigest, signerName,
				recipientName, Arrays.copyOf(bytes, signedLength), signature);
	}

	/** The bytes from magic up to and including sigHash; the values are the caller's, not copied. */
	static byte[] encodeSigned(LabelStatus status, long notBefore, long notAfter, byte[] secret,
			HashAlgorithm digestAlg, byte[] uuidHash, byte[] qemuDigest, byte[] signerName, byte[] recipientName)
			throws LabelFormatException {
		LabelWriter out = new LabelWriter();
		out.bytes(MAGIC);
		out.u8(VERSION);
		out.u8(status.code());
		out.time("notBefore", notBefore);
		int notAfterAt = out.offset();
		out.time("notAfter", notAfter);
		LabelRules.validity(notAfterAt, notBefore, notAfter);
		out.rsaBlock("secret", secret);
		out.u16(LabelRules.digestAlg(out.offset(), digestAlg.algId()).algId());
		out.digest("uuidHash", digestAlg, uuidHash);
		out.digest("qemuDigest", digestAlg, qemuDigest);
		out.name("signerName", signerName);
		out.name("recipientName", recipientName);
		out.u16(LabelRules.SIG_SCHEME_RSASSA);
		out.u16(LabelRules.SIG_HASH_SHA256);
		return out.toByteArray();
	}

	/** Checks a signature for a label whose signed part is {@code signedLength} bytes long. */
	static void checkSignature(int signedLength, byte[] signature) throws LabelFormatException {
		LabelRules.rsaBlock("signature", signedLength, signature.length);
	}
}
