package org.vtpmconsole.pki;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * TPM names (TPM 2.0 Part 1 §16): a 2-byte hash algorithm identifier followed by that algorithm's digest of the
 * key's TPMT_PUBLIC. The fleet certificate of a TPM key carries it so a verifier can bind a signature or quote
 * made by the TPM to the certified key.
 */
public final class TpmNames {

	private TpmNames() {
	}

	/** The TPM name a certificate carries, if any. */
	public static Optional<byte[]> of(X509Certificate certificate) throws CertificateException {
		byte[] value = Roles.extensionValue(certificate, FleetOids.TPM_NAME.getId());
		if (value == null) {
			return Optional.empty();
		}
		try {
			byte[] name = ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(value)).getOctets();
			check(name);
			return Optional.of(name);
		} catch (IOException | IllegalArgumentException e) {
			throw new CertificateException("certificate " + certificate.getSubjectX500Principal()
					+ " has a malformed TPM name: " + e.getMessage(), e);
		}
	}

	/** Refuses a byte string that is not a TPM name with a known name algorithm and the matching digest length. */
	public static void check(byte[] name) {
		if (name == null || name.length < 2) {
			throw new IllegalArgumentException("a TPM name needs a 2-byte algorithm identifier and a digest");
		}
		int algorithm = ((name[0] & 0xff) << 8) | (name[1] & 0xff);
		int digestLength = switch (algorithm) {
		case 0x0004 -> 20; // TPM_ALG_SHA1
		case 0x000B, 0x0012 -> 32; // TPM_ALG_SHA256, TPM_ALG_SM3_256
		case 0x000C -> 48; // TPM_ALG_SHA384
		case 0x000D -> 64; // TPM_ALG_SHA512
		default -> throw new IllegalArgumentException(String.format("unknown TPM name algorithm 0x%04x", algorithm));
		};
		if (name.length != 2 + digestLength) {
			throw new IllegalArgumentException(String.format("TPM name with algorithm 0x%04x must be %d bytes, not %d",
					algorithm, 2 + digestLength, name.length));
		}
	}
}
