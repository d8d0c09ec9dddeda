package org.vtpmconsole.pki;

import org.bouncycastle.asn1.x509.CRLReason;

/**
 * RFC 5280 §5.3.1 reason codes the fleet CA uses. certificateHold and removeFromCRL are left out on purpose:
 * revocation is final here, so a CRL entry never disappears (docs/pki.md).
 */
public enum RevocationReason {
	UNSPECIFIED(CRLReason.unspecified),
	KEY_COMPROMISE(CRLReason.keyCompromise),
	CA_COMPROMISE(CRLReason.cACompromise),
	AFFILIATION_CHANGED(CRLReason.affiliationChanged),
	SUPERSEDED(CRLReason.superseded),
	CESSATION_OF_OPERATION(CRLReason.cessationOfOperation),
	PRIVILEGE_WITHDRAWN(CRLReason.privilegeWithdrawn);

	private final int code;

	RevocationReason(int code) {
		this.code = code;
	}

	/** The CRLReason code in a CRL entry. */
	public int code() {
		return code;
	}
}
