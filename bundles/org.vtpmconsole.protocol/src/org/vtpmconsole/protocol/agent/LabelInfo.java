package org.vtpmconsole.protocol.agent;

/**
 * GET /v1/vms/{uuid}/label: the label's bytes as stored in the image, for the console to verify itself, and its
 * fields decoded for people. Hashes and TPM names in hex; times ISO-8601.
 */
public record LabelInfo(String uuid, byte[] label, String status, String notBefore, String notAfter,
		String digestAlgorithm, String uuidHash, String qemuDigest, String signerName, String recipientName) {
}
