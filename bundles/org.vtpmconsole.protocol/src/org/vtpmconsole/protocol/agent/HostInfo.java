package org.vtpmconsole.protocol.agent;

import java.util.List;
import java.util.Map;

/**
 * GET /v1/host.
 *
 * @param name         the agent's name in the fleet
 * @param tpm          the host TPM's address ({@code swtpm:HOST:PORT}, {@code device:/dev/tpmrm0} …)
 * @param keyNames     TPM name (hex) of each host key by role ({@code rsa-local}, {@code rsa-mig}, {@code aik} …)
 * @param certificates the roles ({@code rsa-mig}, {@code aik}, {@code vmek}) with an enrolled certificate on this host
 * @param approvedQemu the approved QEMU builds, whose digests labels bind
 * @param rsaLocalPublicArea the RSA_local key's TPMT_PUBLIC: the console checks that it hashes to
 *                     {@code keyNames["rsa-local"]} and pins it at first contact, since no CA certifies RSA_local
 */
public record HostInfo(String name, String tpm, Map<String, String> keyNames, List<String> certificates,
		List<QemuInfo> approvedQemu, byte[] rsaLocalPublicArea) {

	/** An approved QEMU executable and the SHA-256 (hex) of its bytes. */
	public record QemuInfo(String path, String sha256) {
	}
}
