package org.vtpmconsole.tpm;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.vtpmconsole.tpm.verify.TpmHash;

/**
 * Summary for {@code vtpmctl tpm info}.
 *
 * @param manufacturer the four-character TCG vendor ID, e.g. "IBM" for libtpms
 * @param firmwareVersion TPM_PT_FIRMWARE_VERSION_1 and _2 as hex
 * @param specRevision e.g. "1.64" from TPM_PT_REVISION
 * @param pcrBanks the allocated banks with their PCRs
 * @param keys every role, provisioned or not
 */
public record TpmInfo(String address, String manufacturer, String vendorString, String firmwareVersion,
		String specRevision, Map<TpmHash, SortedSet<Integer>> pcrBanks, List<Key> keys, String ekCertificateStatus) {

	/** A key role's slot: its persistent handle and, when present, its name. */
	public record Key(KeyRole role, int handle, boolean present, byte[] name) {
		public Key {
			name = name == null ? null : name.clone();
		}

		@Override
		public byte[] name() {
			return name == null ? null : name.clone();
		}

		@Override
		public String toString() {
			return String.format("%-9s %s %s", role, KeyHandles.hex(handle),
					present ? HexFormat.of().formatHex(name) : "(not provisioned)");
		}
	}

	public TpmInfo {
		pcrBanks = Map.copyOf(pcrBanks);
		keys = List.copyOf(keys);
	}

	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append("TPM           ").append(address).append('\n');
		text.append("manufacturer  ").append(manufacturer);
		if (!vendorString.isEmpty())
			text.append(" (").append(vendorString).append(')');
		text.append('\n');
		text.append("firmware      ").append(firmwareVersion).append('\n');
		text.append("spec revision ").append(specRevision).append('\n');
		text.append("PCR banks    ");
		pcrBanks.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(bank -> text.append(' ').append(bank.getKey().name().toLowerCase()).append('(')
						.append(bank.getValue().size()).append(')'));
		text.append('\n');
		text.append("keys\n");
		keys.forEach(key -> text.append("  ").append(key).append('\n'));
		return text.append(ekCertificateStatus).append('\n').toString();
	}
}
