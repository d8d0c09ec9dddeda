package org.vtpmconsole.tpm.verify;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** PCR values per bank and index, as read from a TPM or claimed by a prover. */
public final class PcrValues {
	private final Map<TpmHash, SortedMap<Integer, byte[]>> values = new LinkedHashMap<>();

	/** Adds a value; its length must match the bank. */
	public PcrValues put(TpmHash bank, int pcr, byte[] value) {
		if (value.length != bank.digestLength())
			throw new IllegalArgumentException(bank + " PCR " + pcr + " value has " + value.length + " bytes, expected "
					+ bank.digestLength());
		values.computeIfAbsent(bank, b -> new TreeMap<>()).put(pcr, value.clone());
		return this;
	}

	/** The value, or null when not present. */
	public byte[] get(TpmHash bank, int pcr) {
		SortedMap<Integer, byte[]> bankValues = values.get(bank);
		byte[] value = bankValues == null ? null : bankValues.get(pcr);
		return value == null ? null : value.clone();
	}

	public Map<TpmHash, SortedMap<Integer, byte[]>> asMap() {
		Map<TpmHash, SortedMap<Integer, byte[]>> copy = new LinkedHashMap<>();
		values.forEach((bank, map) -> {
			SortedMap<Integer, byte[]> inner = new TreeMap<>();
			map.forEach((pcr, value) -> inner.put(pcr, value.clone()));
			copy.put(bank, Collections.unmodifiableSortedMap(inner));
		});
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * The quote's pcrDigest over these values: H(concatenation of the selected values in selection order).
	 *
	 * @throws VerificationException when a selected PCR has no value
	 */
	public byte[] digest(TpmHash hash, PcrSelection selection) throws VerificationException {
		ByteArrayOutputStream concatenated = new ByteArrayOutputStream();
		for (Map.Entry<TpmHash, java.util.SortedSet<Integer>> bank : selection.banks().entrySet())
			for (int pcr : bank.getValue()) {
				byte[] value = get(bank.getKey(), pcr);
				if (value == null)
					throw new VerificationException("no value for " + bank.getKey() + " PCR " + pcr + " selected by the quote");
				concatenated.writeBytes(value);
			}
		return hash.digest(concatenated.toByteArray());
	}
}
