package org.vtpmconsole.tpm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import org.vtpmconsole.tpm.verify.TpmHash;

import tss.tpm.GetCapabilityResponse;
import tss.tpm.TPML_PCR_SELECTION;
import tss.tpm.TPML_TAGGED_TPM_PROPERTY;
import tss.tpm.TPMS_PCR_SELECTION;
import tss.tpm.TPMS_TAGGED_PROPERTY;
import tss.tpm.TPM_CAP;

/** Gathers {@link TpmInfo}: fixed TPM properties, allocated PCR banks, the keys' handles and names. */
final class TpmInfoReader {
	private static final int PT_FIXED = 0x100;
	private static final int PT_LEVEL = 0x101;
	private static final int PT_REVISION = 0x102;
	private static final int PT_MANUFACTURER = 0x105;
	private static final int PT_VENDOR_STRING_1 = 0x106;
	private static final int PT_FIRMWARE_VERSION_1 = 0x10B;
	private static final int PT_FIRMWARE_VERSION_2 = 0x10C;

	private final TpmChannel channel;
	private final PersistentKeys keys;
	private final EkCertificates ekCertificates;

	TpmInfoReader(TpmChannel channel, PersistentKeys keys, EkCertificates ekCertificates) {
		this.channel = channel;
		this.keys = keys;
		this.ekCertificates = ekCertificates;
	}

	TpmInfo read() throws TpmException {
		Map<Integer, Integer> properties = fixedProperties();
		StringBuilder vendor = new StringBuilder();
		for (int i = 0; i < 4; i++)
			vendor.append(ascii(properties.getOrDefault(PT_VENDOR_STRING_1 + i, 0)));
		String firmware = String.format("%08x.%08x", properties.getOrDefault(PT_FIRMWARE_VERSION_1, 0),
				properties.getOrDefault(PT_FIRMWARE_VERSION_2, 0));
		int revision = properties.getOrDefault(PT_REVISION, 0);
		String spec = String.format("%d.%02d level %d", revision / 100, revision % 100,
				properties.getOrDefault(PT_LEVEL, 0));
		List<TpmInfo.Key> keyList = new ArrayList<>();
		for (KeyRole role : KeyRole.values()) {
			Optional<PersistentKeys.Found> found = keys.find(role);
			keyList.add(new TpmInfo.Key(role, KeyHandles.of(role), found.isPresent(),
					found.map(PersistentKeys.Found::name).orElse(null)));
		}
		String ek = keys.find(KeyRole.EK).isPresent() ? ekCertificates.read(keys.require(KeyRole.EK)).text()
				: "EK not provisioned";
		return new TpmInfo(channel.address(), ascii(properties.getOrDefault(PT_MANUFACTURER, 0)), vendor.toString().trim(),
				firmware, spec, pcrBanks(), keyList, ek);
	}

	private Map<Integer, Integer> fixedProperties() throws TpmException {
		GetCapabilityResponse response = channel.command("GetCapability(properties)",
				tpm -> tpm.GetCapability(TPM_CAP.TPM_PROPERTIES, PT_FIXED, 64));
		Map<Integer, Integer> properties = new HashMap<>();
		for (TPMS_TAGGED_PROPERTY property : ((TPML_TAGGED_TPM_PROPERTY) response.capabilityData).tpmProperty)
			properties.put(property.property.toInt(), property.value);
		return properties;
	}

	private Map<TpmHash, SortedSet<Integer>> pcrBanks() throws TpmException {
		GetCapabilityResponse response = channel.command("GetCapability(PCRs)",
				tpm -> tpm.GetCapability(TPM_CAP.PCRS, 0, 1));
		Map<TpmHash, SortedSet<Integer>> banks = new EnumMap<>(TpmHash.class);
		for (TPMS_PCR_SELECTION bank : ((TPML_PCR_SELECTION) response.capabilityData).pcrSelections) {
			SortedSet<Integer> pcrs = PcrAccess.selected(bank.pcrSelect);
			if (pcrs.isEmpty())
				continue;
			try {
				banks.put(TpmHash.fromAlgId(bank.hash.toInt()), pcrs);
			} catch (IllegalArgumentException e) {
				// a bank we have no use for (e.g. SM3) is simply not listed
			}
		}
		return banks;
	}

	/** A property holding four ASCII characters, NULs dropped. */
	private static String ascii(int value) {
		byte[] bytes = { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value };
		return new String(bytes, StandardCharsets.US_ASCII).replace("\0", "").trim();
	}
}
