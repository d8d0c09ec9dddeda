package org.vtpmconsole.tpm.verify;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A parsed TPMS_ATTEST (TPM 2.0 Part 2, 10.12.12) of type quote, NV certification or object certification. Parsing
 * checks the structure only; {@link QuoteVerifier}, {@link NvCertificationVerifier} and {@link CertificationVerifier}
 * check signature and contents.
 */
public final class Attestation {
	public static final int TPM_GENERATED_VALUE = 0xff544347;
	public static final int TPM_ST_ATTEST_NV = 0x8014;
	public static final int TPM_ST_ATTEST_CERTIFY = 0x8017;
	public static final int TPM_ST_ATTEST_QUOTE = 0x8018;

	private final int type;
	private final byte[] qualifiedSigner;
	private final byte[] extraData;
	private final long clock;
	private final int resetCount;
	private final int restartCount;
	private final boolean safe;
	private final long firmwareVersion;
	// quote
	private PcrSelection pcrSelection;
	private byte[] pcrDigest;
	// NV
	private byte[] nvIndexName;
	private int nvOffset;
	private byte[] nvContents;
	// certify
	private byte[] certifiedName;
	private byte[] certifiedQualifiedName;

	private Attestation(TpmReader in) throws VerificationException {
		int magic = in.u32("magic");
		if (magic != TPM_GENERATED_VALUE)
			throw new VerificationException(String.format("TPMS_ATTEST magic is 0x%08x, not TPM_GENERATED 0xff544347", magic));
		type = in.u16("type");
		qualifiedSigner = in.sized("qualifiedSigner");
		extraData = in.sized("extraData");
		clock = in.u64("clockInfo.clock");
		resetCount = in.u32("clockInfo.resetCount");
		restartCount = in.u32("clockInfo.restartCount");
		safe = in.u8("clockInfo.safe") != 0;
		firmwareVersion = in.u64("firmwareVersion");
		switch (type) {
		case TPM_ST_ATTEST_QUOTE -> {
			pcrSelection = readSelection(in);
			pcrDigest = in.sized("pcrDigest");
		}
		case TPM_ST_ATTEST_NV -> {
			nvIndexName = in.sized("indexName");
			nvOffset = in.u16("offset");
			nvContents = in.sized("nvContents");
		}
		case TPM_ST_ATTEST_CERTIFY -> {
			certifiedName = in.sized("certify.name");
			certifiedQualifiedName = in.sized("certify.qualifiedName");
		}
		default -> throw new VerificationException(
				String.format("TPMS_ATTEST type 0x%04x is neither quote, NV nor certify", type));
		}
		in.expectEnd();
	}

	public static Attestation parse(byte[] tpmsAttest) throws VerificationException {
		return new Attestation(new TpmReader(tpmsAttest, "TPMS_ATTEST"));
	}

	private static PcrSelection readSelection(TpmReader in) throws VerificationException {
		int count = in.u32("pcrSelect.count");
		if (count > 16)
			throw new VerificationException("TPMS_ATTEST selects " + count + " PCR banks");
		PcrSelection selection = null;
		for (int i = 0; i < count; i++) {
			int algId = in.u16("pcrSelect.hash");
			TpmHash bank;
			try {
				bank = TpmHash.fromAlgId(algId);
			} catch (IllegalArgumentException e) {
				throw new VerificationException("pcrSelect: " + e.getMessage());
			}
			byte[] bitmap = in.bytes(in.u8("pcrSelect.sizeofSelect"), "pcrSelect.pcrSelect");
			SortedSet<Integer> pcrs = new TreeSet<>();
			for (int bit = 0; bit < bitmap.length * 8; bit++)
				if ((bitmap[bit / 8] & (1 << (bit % 8))) != 0)
					pcrs.add(bit);
			int[] indices = pcrs.stream().mapToInt(Integer::intValue).toArray();
			try {
				selection = selection == null ? PcrSelection.of(bank, indices) : selection.and(bank, indices);
			} catch (IllegalArgumentException e) {
				throw new VerificationException("pcrSelect: " + e.getMessage());
			}
		}
		return selection == null ? PcrSelection.of(TpmHash.SHA256) : selection;
	}

	public int type() {
		return type;
	}

	public byte[] qualifiedSigner() {
		return qualifiedSigner.clone();
	}

	/** The caller's qualifyingData (nonce) as the TPM put it into the attestation. */
	public byte[] extraData() {
		return extraData.clone();
	}

	/** Obfuscated by the TPM unless the signer is in the endorsement hierarchy. */
	public long clock() {
		return clock;
	}

	public int resetCount() {
		return resetCount;
	}

	public int restartCount() {
		return restartCount;
	}

	public boolean safe() {
		return safe;
	}

	public long firmwareVersion() {
		return firmwareVersion;
	}

	/** For a quote: the PCRs it covers. */
	public PcrSelection pcrSelection() {
		requireType(TPM_ST_ATTEST_QUOTE);
		return pcrSelection;
	}

	/** For a quote: H(selected PCR values). */
	public byte[] pcrDigest() {
		requireType(TPM_ST_ATTEST_QUOTE);
		return pcrDigest.clone();
	}

	/** For an NV certification: the index's name. */
	public byte[] nvIndexName() {
		requireType(TPM_ST_ATTEST_NV);
		return nvIndexName.clone();
	}

	public int nvOffset() {
		requireType(TPM_ST_ATTEST_NV);
		return nvOffset;
	}

	public byte[] nvContents() {
		requireType(TPM_ST_ATTEST_NV);
		return nvContents.clone();
	}

	/** For an object certification: the certified object's TPM name. */
	public byte[] certifiedName() {
		requireType(TPM_ST_ATTEST_CERTIFY);
		return certifiedName.clone();
	}

	/** For an object certification: the certified object's qualified name (its parents' names folded in). */
	public byte[] certifiedQualifiedName() {
		requireType(TPM_ST_ATTEST_CERTIFY);
		return certifiedQualifiedName.clone();
	}

	private void requireType(int expected) {
		if (type != expected)
			throw new IllegalStateException(String.format("attestation type 0x%04x has no such field", type));
	}
}
