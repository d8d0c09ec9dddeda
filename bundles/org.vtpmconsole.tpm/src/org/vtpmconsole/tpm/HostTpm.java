package org.vtpmconsole.tpm;

import java.security.interfaces.RSAPublicKey;

/**
 * The host's TPM 2.0 with the keys of SPEC §3. One instance owns one TPM connection and serializes every
 * command; it manages the TPM's few transient object slots itself, so callers may use any key in any order.
 * Thread-safe.
 */
public interface HostTpm extends AutoCloseable {

	/** The TPM's name as in configuration and CLI: {@code swtpm:HOST:PORT}, {@code swtpm-unix:PATH}, {@code device:PATH}. */
	String address();

	/** The RSA public key of a provisioned key. */
	RSAPublicKey publicKey(KeyRole role) throws TpmException;

	/** The key's TPM name: nameAlg (2 bytes) followed by the nameAlg digest of its TPMT_PUBLIC. */
	byte[] name(KeyRole role) throws TpmException;

	/** RSASSA-PKCS1-v1_5 signature with SHA-256 over a 32-byte SHA-256 digest. */
	byte[] signSha256(KeyRole role, byte[] digest) throws TpmException;

	/** RSA-OAEP decryption, SHA-256 and MGF1-SHA-256, empty label. */
	byte[] decryptOaepSha256(KeyRole role, byte[] ciphertext) throws TpmException;

	/** TPM2_Certify of {@code object}'s key by {@code signer}'s key over the caller's nonce (RSASSA-SHA256). */
	KeyCertification certify(KeyRole object, KeyRole signer, byte[] qualifyingData) throws TpmException;

	/** How many TPM commands this connection has sent so far (for benchmarks and cost accounting). */
	long commandCount();

	@Override
	void close();
}
