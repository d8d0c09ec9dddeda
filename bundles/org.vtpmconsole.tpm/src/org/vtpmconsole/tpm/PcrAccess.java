package org.vtpmconsole.tpm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

import tss.tpm.PCR_ReadResponse;
import tss.tpm.QuoteResponse;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_SIGNATURE_RSASSA;
import tss.tpm.TPMS_SIG_SCHEME_RSASSA;
import tss.tpm.TPMT_HA;
import tss.tpm.TPM_ALG_ID;
import tss.tpm.TPM_HANDLE;

/** PCR read, extend and quote. */
final class PcrAccess {
	private final TpmChannel channel;

	PcrAccess(TpmChannel channel) {
		this.channel = channel;
	}

	/** TPM2_PCR_Read returns at most 8 values per call, so this asks again for whatever is still missing. */
	PcrValues read(PcrSelection selection) throws TpmException {
		PcrValues values = new PcrValues();
		Map<TpmHash, SortedSet<Integer>> missing = new LinkedHashMap<>();
		selection.banks().forEach((bank, pcrs) -> missing.put(bank, new TreeSet<>(pcrs)));
		missing.values().removeIf(SortedSet::isEmpty);
		while (!missing.isEmpty()) {
			TPMS_PCR_SELECTION[] request = toTpm(missing);
			PCR_ReadResponse response = channel.command("PCR_Read", tpm -> tpm.PCR_Read(request));
			int valueIndex = 0;
			for (TPMS_PCR_SELECTION returned : response.pcrSelectionOut) {
				TpmHash bank = TpmHash.fromAlgId(returned.hash.toInt());
				for (int pcr : selected(returned.pcrSelect)) {
					values.put(bank, pcr, response.pcrValues[valueIndex++].buffer);
					SortedSet<Integer> bankMissing = missing.get(bank);
					if (bankMissing != null)
						bankMissing.remove(pcr);
				}
			}
			if (valueIndex == 0)
				throw new TpmException("PCR_Read on " + channel.address() + " returned no values for " + missing
						+ " (is the bank allocated?)");
			missing.values().removeIf(SortedSet::isEmpty);
		}
		return values;
	}

	void extend(int pcr, Map<TpmHash, byte[]> digests) throws TpmException {
		TPMT_HA[] tpmDigests = digests.entrySet().stream()
				.map(entry -> new TPMT_HA(algId(entry.getKey()), entry.getValue().clone())).toArray(TPMT_HA[]::new);
		channel.run("PCR_Extend of PCR " + pcr, tpm -> {
			tpm.PCR_Extend(TPM_HANDLE.pcr(pcr), tpmDigests);
			return null;
		});
	}

	/** Quote, then read the same PCRs; both under the caller's lock, so nothing extends in between. */
	Quote quote(byte[] qualifyingData, PcrSelection selection) throws TpmException {
		TPMS_PCR_SELECTION[] request = toTpm(selection.banks());
		QuoteResponse response = channel.command("Quote with AIK",
				tpm -> tpm.Quote(PersistentKeys.handle(KeyRole.AIK), qualifyingData,
						new TPMS_SIG_SCHEME_RSASSA(TPM_ALG_ID.SHA256), request));
		byte[] signature = ((TPMS_SIGNATURE_RSASSA) response.signature).sig;
		return new Quote(response.quoted.toBytes(), signature, read(selection));
	}

	static TPMS_PCR_SELECTION[] toTpm(Map<TpmHash, SortedSet<Integer>> banks) {
		return banks.entrySet().stream()
				.map(bank -> new TPMS_PCR_SELECTION(algId(bank.getKey()),
						bank.getValue().stream().mapToInt(Integer::intValue).toArray()))
				.toArray(TPMS_PCR_SELECTION[]::new);
	}

	static SortedSet<Integer> selected(byte[] bitmap) {
		SortedSet<Integer> pcrs = new TreeSet<>();
		for (int bit = 0; bit < bitmap.length * 8; bit++)
			if ((bitmap[bit / 8] & (1 << (bit % 8))) != 0)
				pcrs.add(bit);
		return pcrs;
	}

	static TPM_ALG_ID algId(TpmHash hash) {
		return TPM_ALG_ID.fromInt(hash.algId());
	}
}
