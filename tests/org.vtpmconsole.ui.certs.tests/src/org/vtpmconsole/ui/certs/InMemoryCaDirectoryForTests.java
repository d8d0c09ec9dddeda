package org.vtpmconsole.ui.certs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;

/**
 * Stands in for the live CA directory (LiveCaDirectory) where a test needs no CA: a list in memory. It refuses a
 * revocation by a non-admin the way the CA will, so the view's own check is not the only one exercised.
 */
final class InMemoryCaDirectoryForTests implements CaDirectory {

	private final String user;
	private final Role role;
	private final List<Entry> entries;

	InMemoryCaDirectoryForTests(String user, Role role, List<Entry> entries) {
		this.user = user;
		this.role = role;
		this.entries = new ArrayList<>(entries);
	}

	@Override
	public String currentUser() {
		return user;
	}

	@Override
	public Role currentRole() {
		return role;
	}

	@Override
	public synchronized List<Entry> issued() {
		return List.copyOf(entries);
	}

	@Override
	public synchronized void revoke(BigInteger serial, RevocationReason reason) throws PkiException {
		if (role != Role.ADMIN) {
			throw new PkiException("revocation needs the admin role");
		}
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.serial().equals(serial)) {
				entries.set(i, new Entry(serial, entry.subject(), entry.role(), entry.notAfter(), CertificateStatus.REVOKED,
						Optional.of(reason)));
				return;
			}
		}
		throw new PkiException("no certificate with serial " + serial.toString(16));
	}

	synchronized Entry entry(BigInteger serial) {
		return entries.stream().filter(e -> e.serial().equals(serial)).findFirst().orElseThrow();
	}
}
