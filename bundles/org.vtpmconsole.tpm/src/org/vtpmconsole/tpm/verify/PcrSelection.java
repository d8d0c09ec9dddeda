package org.vtpmconsole.tpm.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which PCRs of which banks, in TPML_PCR_SELECTION order: banks in the order given, PCRs ascending. Quote PCR
 * digests are computed in this order. Immutable.
 */
public final class PcrSelection {
	/** PCRs 0-23, the platform PCRs of a PC client TPM. */
	public static final int PCR_COUNT = 24;

	private final Map<TpmHash, SortedSet<Integer>> banks;

	private PcrSelection(Map<TpmHash, SortedSet<Integer>> banks) {
		this.banks = banks;
	}

	/** A selection of one bank. */
	public static PcrSelection of(TpmHash bank, int... pcrs) {
		return new PcrSelection(Map.of()).and(bank, pcrs);
	}

	/** This selection plus more PCRs of a bank (appended as a new bank if not yet selected). */
	public PcrSelection and(TpmHash bank, int... pcrs) {
		Map<TpmHash, SortedSet<Integer>> copy = new LinkedHashMap<>();
		banks.forEach((hash, set) -> copy.put(hash, new TreeSet<>(set)));
		SortedSet<Integer> set = copy.computeIfAbsent(bank, b -> new TreeSet<>());
		for (int pcr : pcrs) {
			if (pcr < 0 || pcr >= PCR_COUNT)
				throw new IllegalArgumentException("PCR index " + pcr + " is outside 0-" + (PCR_COUNT - 1));
			set.add(pcr);
		}
		copy.replaceAll((hash, s) -> Collections.unmodifiableSortedSet(s));
		return new PcrSelection(Collections.unmodifiableMap(copy));
	}

	/** The selected banks in order, each with its PCRs ascending. */
	public Map<TpmHash, SortedSet<Integer>> banks() {
		return banks;
	}

	public boolean isEmpty() {
		return banks.values().stream().allMatch(SortedSet::isEmpty);
	}

	@Override
	public boolean equals(Object other) {
		// bank order matters (it fixes the digest order), so compare the ordered text form
		return other instanceof PcrSelection && toString().equals(other.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	/** For example {@code sha1:0,10+sha256:0,7,10}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		banks.forEach((hash, pcrs) -> {
			if (text.length() > 0)
				text.append('+');
			text.append(hash.name().toLowerCase()).append(':');
			text.append(String.join(",", pcrs.stream().map(String::valueOf).toList()));
		});
		return text.toString();
	}

	/** Parses the {@link #toString()} form, e.g. {@code sha1:0,10+sha256:0-7}. */
	public static PcrSelection parse(String text) {
		PcrSelection selection = new PcrSelection(Map.of());
		for (String bankText : text.split("\\+")) {
			String[] parts = bankText.split(":", 2);
			if (parts.length != 2 || parts[1].isBlank())
				throw new IllegalArgumentException("PCR selection '" + bankText + "' is not BANK:PCR,PCR,...");
			TpmHash bank = TpmHash.parse(parts[0]);
			for (String item : parts[1].split(",")) {
				String[] range = item.trim().split("-", 2);
				try {
					int from = Integer.parseInt(range[0].trim());
					int to = range.length == 2 ? Integer.parseInt(range[1].trim()) : from;
					for (int pcr = from; pcr <= to; pcr++)
						selection = selection.and(bank, pcr);
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("PCR '" + item + "' is not a number or range", e);
				}
			}
		}
		return selection;
	}
}
