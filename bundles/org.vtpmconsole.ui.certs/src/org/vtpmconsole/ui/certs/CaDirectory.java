package org.vtpmconsole.ui.certs;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;

/**
 * The fleet CA as the CA view sees it: what it issued, who is asking and in which role, and revocation. A live CA
 * connection provides it in the application context ({@link LiveCaDirectory}, docs/console-connections.md); without
 * one the CA view says there is no CA connection. The CA itself enforces the role again on every request; the
 * view only spares an auditor a button that would be refused.
 */
public interface CaDirectory {

	/** One certificate the CA issued, as its record says. */
	record Entry(BigInteger serial, String subject, Role role, Instant notAfter, CertificateStatus status,
			Optional<RevocationReason> revocationReason) {
	}

	/** The name of the person using the console, as the CA knows them (their certificate's subject). */
	String currentUser();

	/** The fleet role of the person using the console. */
	Role currentRole();

	List<Entry> issued() throws PkiException;

	/** Revokes for good (the fleet CA never un-revokes). Refused by the CA unless the caller is an admin. */
	void revoke(BigInteger serial, RevocationReason reason) throws PkiException;
}
