package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.vtpmconsole.agent.swtpm.TpmCommandChannel;
import org.vtpmconsole.agent.swtpm.TpmFrame;
import org.vtpmconsole.tpm.ResponseCodes;
import org.vtpmconsole.tpm.verify.PcrSelection;
import org.vtpmconsole.tpm.verify.PcrValues;
import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * Reads a vTPM's PCRs with raw TPM2_PCR_Read commands. A TPM returns at most eight digests per call and says which
 * ones in pcrSelectionOut, so the reader asks again for what is still missing.
 */
public final class VtpmPcrReader {
	private static final int TPM_ST_NO_SESSIONS = 0x8001;
	private static final int TPM_CC_PCR_READ = 0x0000017E;
	private static final int SELECT_BYTES = 3;
	private static final int MAX_ROUNDS = 16;

	private VtpmPcrReader() {
	}

	/** PCRs 0-23 of the SHA-1 and SHA-256 banks. */
	public static PcrValues readAll(TpmCommandChannel vtpm) throws IOException {
		int[] all = new int[PcrSelection.PCR_COUNT];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return read(vtpm, PcrSelection.of(TpmHash.SHA1, all).and(TpmHash.SHA256, all));
	}

	public static PcrValues read(TpmCommandChannel vtpm, PcrSelection selection) throws IOException {
		Map<TpmHash, SortedSet<Integer>> missing = new LinkedHashMap<>();
		selection.banks().forEach((bank, pcrs) -> missing.put(bank, new TreeSet<>(pcrs)));
		PcrValues values = new PcrValues();
		for (int round = 0; round < MAX_ROUNDS && missing.values().stream().anyMatch(set -> !set.isEmpty()); round++) {
			TpmFrame response = vtpm.transact(TpmFrame.of(command(missing)));
			if (response.code() != 0) {
				throw new IOException("TPM2_PCR_Read failed: " + ResponseCodes.describe(response.code()));
			}
			if (parse(response.bytes(), missing, values) == 0) {
				throw new IOException("TPM2_PCR_Read returned no digest for " + missing);
			}
		}
		if (missing.values().stream().anyMatch(set -> !set.isEmpty())) {
			throw new IOException("the vTPM does not return PCRs " + missing);
		}
		return values;
	}

	private static byte[] command(Map<TpmHash, SortedSet<Integer>> wanted) {
		List<Map.Entry<TpmHash, SortedSet<Integer>>> banks = wanted.entrySet().stream()
				.filter(entry -> !entry.getValue().isEmpty()).toList();
		int size = 10 + 4 + banks.size() * (2 + 1 + SELECT_BYTES);
		ByteBuffer command = ByteBuffer.allocate(size).putShort((short) TPM_ST_NO_SESSIONS).putInt(size)
				.putInt(TPM_CC_PCR_READ).putInt(banks.size());
		for (Map.Entry<TpmHash, SortedSet<Integer>> bank : banks) {
			byte[] select = new byte[SELECT_BYTES];
			bank.getValue().forEach(pcr -> select[pcr / 8] |= (byte) (1 << (pcr % 8)));
			command.putShort((short) bank.getKey().algId()).put((byte) SELECT_BYTES).put(select);
		}
		return command.array();
	}

	/** Stores the returned digests and removes them from {@code missing}; returns how many came back. */
	private static int parse(byte[] response, Map<TpmHash, SortedSet<Integer>> missing, PcrValues values)
			throws IOException {
		try {
			ByteBuffer in = ByteBuffer.wrap(response, 10, response.length - 10);
			in.getInt(); // pcrUpdateCounter
			int selections = in.getInt();
			Map<TpmHash, List<Integer>> returned = new LinkedHashMap<>();
			for (int i = 0; i < selections; i++) {
				int algId = in.getShort() & 0xffff;
				byte[] select = new byte[in.get() & 0xff];
				in.get(select);
				TpmHash bank = bank(algId);
				List<Integer> pcrs = new java.util.ArrayList<>();
				for (int pcr = 0; pcr < select.length * 8; pcr++) {
					if ((select[pcr / 8] & (1 << (pcr % 8))) != 0) {
						pcrs.add(pcr);
					}
				}
				returned.put(bank, pcrs);
			}
			int digests = in.getInt();
			int count = 0;
			for (Map.Entry<TpmHash, List<Integer>> bank : returned.entrySet()) {
				for (int pcr : bank.getValue()) {
					byte[] digest = new byte[in.getShort() & 0xffff];
					in.get(digest);
					values.put(bank.getKey(), pcr, digest);
					missing.getOrDefault(bank.getKey(), new TreeSet<>()).remove(pcr);
					count++;
				}
			}
			if (count != digests) {
				throw new IOException("TPM2_PCR_Read response lists " + count + " PCRs but " + digests + " digests");
			}
			return count;
		} catch (RuntimeException e) {
			throw new IOException("malformed TPM2_PCR_Read response: " + e, e);
		}
	}

	private static TpmHash bank(int algId) throws IOException {
		for (TpmHash hash : TpmHash.values()) {
			if (hash.algId() == algId) {
				return hash;
			}
		}
		throw new IOException(String.format("TPM2_PCR_Read returned an unknown bank 0x%04x", algId));
	}
}
