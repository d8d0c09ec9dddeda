package org.vtpmconsole.pki.enroll;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.vtpmconsole.tpm.HostTpm;
import org.vtpmconsole.tpm.KeyRole;
import org.vtpmconsole.tpm.TpmException;

/**
 * A Bouncy Castle ContentSigner whose private key stays in the TPM: it hashes what BC writes with SHA-256 and has
 * the TPM sign the digest (RSASSA-PKCS1-v1_5), which is exactly sha256WithRSAEncryption. A TPM failure surfaces as
 * BC's RuntimeOperatorException with the TpmException as its cause.
 */
public final class TpmContentSigner implements ContentSigner {

	private static final AlgorithmIdentifier SHA256_WITH_RSA = new DefaultSignatureAlgorithmIdentifierFinder()
			.find("SHA256withRSA");

	private final HostTpm tpm;
	private final KeyRole key;
	private final ByteArrayOutputStream content = new ByteArrayOutputStream();

	public TpmContentSigner(HostTpm tpm, KeyRole key) {
		this.tpm = tpm;
		this.key = key;
	}

	@Override
	public AlgorithmIdentifier getAlgorithmIdentifier() {
		return SHA256_WITH_RSA;
	}

	@Override
	public OutputStream getOutputStream() {
		return content;
	}

	@Override
	public byte[] getSignature() {
		try {
			return tpm.signSha256(key, MessageDigest.getInstance("SHA-256").digest(content.toByteArray()));
		} catch (TpmException e) {
			throw new RuntimeOperatorException("the TPM did not sign with " + key + ": " + e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
