package org.vtpmconsole.ui.certs;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.vtpmconsole.client.CaSession;
import org.vtpmconsole.client.ClientException;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.pki.CertificateStatus;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.pki.Role;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.http.ApiCallException;
import org.vtpmconsole.ui.fleet.FleetRepository;

/**
 * The CA view's {@link CaDirectory} over a live CA session. The list is read in a Job before the directory is
 * published ({@link #load}), so the view never waits on the network on the UI thread. A revocation (from the view's
 * Job) is recorded in the audit log and announced, which publishes a fresh directory and the new CRL.
 */
final class LiveCaDirectory implements CaDirectory {

	private final CaSession session;
	private final List<Entry> entries;
	private final Role role;
	private final FleetRepository audit;
	private final Consumer<CaSession> changed;

	private LiveCaDirectory(CaSession session, List<Entry> entries, Role role, FleetRepository audit,
			Consumer<CaSession> changed) {
		this.session = session;
		this.entries = entries;
		this.role = role;
		this.audit = audit;
		this.changed = changed;
	}

	static LiveCaDirectory load(CaSession session, IProgressMonitor monitor, FleetRepository audit,
			Consumer<CaSession> changed) throws ClientException, PkiException {
		List<Entry> entries = session.certificates(monitor).stream().map(LiveCaDirectory::entry).toList();
		return new LiveCaDirectory(session, entries, session.identity().role(), audit, changed);
	}

	private static Entry entry(CertificateInfo info) {
		return new Entry(new BigInteger(info.serial(), 16), info.subject(), Role.ofToken(info.role()),
				Instant.parse(info.notAfter()), CertificateStatus.valueOf(info.status().toUpperCase(Locale.ROOT)),
				Optional.ofNullable(info.revocationReason()).map(RevocationReason::valueOf));
	}

	@Override
	public String currentUser() {
		return session.identity().subject();
	}

	@Override
	public Role currentRole() {
		return role;
	}

	@Override
	public List<Entry> issued() {
		return entries;
	}

	@Override
	public void revoke(BigInteger serial, RevocationReason reason) throws PkiException {
		String target = "certificate " + serial.toString(16);
		try {
			session.revoke(serial.toString(16), reason, new NullProgressMonitor());
			audit.recordAudit(currentUser(), "revoke", target, AuditOutcome.SUCCESS, "reason " + reason.name());
			changed.accept(session);
		} catch (ClientException e) {
			boolean refused = e.getCause() instanceof ApiCallException api && api.status() == 403;
			audit.recordAudit(currentUser(), "revoke", target, refused ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
					e.getMessage());
			throw new PkiException(e.getMessage(), e);
		}
	}
}
