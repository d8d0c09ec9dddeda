package org.vtpmconsole.pki;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * PKCS#10 certification requests. Enrollment receives a CSR signed by a TPM key (RSASSA-PKCS1-v1_5 with
 * SHA-256, an ordinary sha256WithRSAEncryption signature), so verifying it with its own public key proves the
 * requester holds that key; the TPM-name and EK checks that bind it to a TPM are enrollment's.
 */
public final class SigningRequests {

	private static final String PEM_TYPE = "CERTIFICATE REQUEST";

	private SigningRequests() {
	}

	/** Parses a CSR given as DER or PEM ({@code -----BEGIN CERTIFICATE REQUEST-----}). */
	public static PKCS10CertificationRequest parse(byte[] encoded) throws PkiException {
		try {
			byte[] der = encoded;
			String text = new String(encoded, StandardCharsets.US_ASCII);
			if (text.contains("-----BEGIN ")) {
				try (PemReader reader = new PemReader(new StringReader(text))) {
					PemObject pem = reader.readPemObject();
					if (pem == null || !PEM_TYPE.equals(pem.getType())) {
						throw new PkiException("PEM block is not a " + PEM_TYPE);
					}
					der = pem.getContent();
				}
			}
			return new PKCS10CertificationRequest(der);
		} catch (IOException | RuntimeException e) {
			throw new PkiException("not a PKCS#10 certification request: " + e.getMessage(), e);
		}
	}

	/**
	 * The request's public key, after checking the request's signature with that very key. PkiException if the
	 * signature was made by another key or does not verify.
	 */
	public static PublicKey verify(PKCS10CertificationRequest request) throws PkiException {
		try {
			JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request);
			PublicKey key = jca.getPublicKey();
			if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
				throw new PkiException("certification request signature was not made with the key it contains");
			}
			return key;
		} catch (GeneralSecurityException | OperatorCreationException | PKCSException | RuntimeException e) {
			throw new PkiException("certification request cannot be verified: " + e.getMessage(), e);
		}
	}

	/** The CN of the request's subject, if it has exactly one. */
	public static Optional<String> commonName(PKCS10CertificationRequest request) {
		RDN[] names = request.getSubject().getRDNs(BCStyle.CN);
		if (names.length != 1) {
			return Optional.empty();
		}
		var value = names[0].getFirst().getValue();
		return Optional.of(value instanceof ASN1UTF8String utf8 ? utf8.getString() : IETFUtils.valueToString(value));
	}
}
