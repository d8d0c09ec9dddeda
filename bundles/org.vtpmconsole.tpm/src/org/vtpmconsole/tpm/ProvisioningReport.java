package org.vtpmconsole.tpm;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What provisioning found and did. A second run on the same TPM reports every key as existing with the same names.
 *
 * @param ekCertificateStatus "no EK certificate", or what the certificate says and whether it matches the EK
 */
public record ProvisioningReport(String address, List<ProvisionedKey> keys, Optional<X509Certificate> ekCertificate,
		String ekCertificateStatus) {
	public ProvisioningReport {
		keys = List.copyOf(keys);
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
		return text.append("  ").append(ekCertificateStatus).append('\n').toString();
	}
}
