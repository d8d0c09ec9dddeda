package org.vtpmconsole.pki;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers of the fleet's own certificate extensions.
 * <p>
 * PLACEHOLDER arc: 1.3.6.1.4.1.59999 is not a registered private enterprise number of this project. Before
 * certificates leave a test fleet, register a PEN with IANA and move the arc (docs/pki.md).
 */
public final class FleetOids {

	/** The vtpm-console arc under the placeholder enterprise number. */
	public static final ASN1ObjectIdentifier ARC = new ASN1ObjectIdentifier("1.3.6.1.4.1.59999.1");

	/** Role extension, non-critical: {@code UTF8String} holding a {@link Role#token()}. */
	public static final ASN1ObjectIdentifier ROLE = ARC.branch("1");

	/** TPM name extension, non-critical: {@code OCTET STRING} holding the key's TPM name (nameAlg ‖ digest). */
	public static final ASN1ObjectIdentifier TPM_NAME = ARC.branch("2");

	/**
	 * Enrollment nonce, a PKCS#10 attribute: {@code OCTET STRING} holding the CA's nonce, so the TPM key's signature
	 * over the request also proves it was made for this enrollment (SPEC §7).
	 */
	public static final ASN1ObjectIdentifier ENROLLMENT_NONCE = new ASN1ObjectIdentifier("1.3.6.1.4.1.59999.2.1");

	private FleetOids() {
	}
}
