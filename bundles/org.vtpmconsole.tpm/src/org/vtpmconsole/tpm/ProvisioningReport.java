package org.vtpmconsole.tpm;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What provisioning found and did. A second run on the same TPM reports every key as existing with the same names.
 *
 * @param legacyKeys          RSA_local and RSA_mig of a host provisioned before keys had an authValue, still present
 * @param ekCertificateStatus "no EK certificate", or what the certificate says and whether it matches the EK
 */
public record ProvisioningReport(String address, List<ProvisionedKey> keys, List<ProvisionedKey> legacyKeys,
		Optional<X509Certificate> ekCertificate, String ekCertificateStatus) {
	public ProvisioningReport {
		keys = List.copyOf(keys);
		legacyKeys = List.copyOf(legacyKeys);
	}

	public ProvisionedKey key(KeyRole role) {
		return keys.stream().filter(key -> key.role() == role).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(role + " is not in this report"));
	}

	/** Whether this run created anything. */
	public boolean changedTpm() {
		return keys.stream().anyMatch(ProvisionedKey::created);
	}

	/** Text for the CLI: one line per key, then the EK certificate status. */
	public String describe() {
		StringBuilder text = new StringBuilder("TPM ").append(address).append('\n');
		keys.forEach(key -> text.append("  ").append(key).append('\n'));
		legacyKeys.forEach(key -> text.append("  ").append(key).append(" legacy key without authorization: the"
				+ " agent moves every label off it at start, then evicts it\n"));
		return text.append("  ").append(ekCertificateStatus).append('\n').toString();
	}
}
