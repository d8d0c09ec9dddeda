package org.vtpmconsole.client;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vtpmconsole.pki.PkiException;
import org.vtpmconsole.pki.RevocationReason;
import org.vtpmconsole.protocol.ca.CaClient;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.http.FleetClientContext;
import org.vtpmconsole.protocol.http.JsonClient;

/**
 * An open connection to the fleet CA: the mutual-TLS context with the CRL it fetched, and the CA's operations.
 * Each call is cancellable through its monitor and keeps the connection's state: an answer (even a refusal) is a
 * good contact, no answer fails the connection with the reason.
 */
public final class CaSession {

	private final Connection connection;
	private final ClientIdentity identity;
	private final FleetClientContext context;
	private final CaClient client;
	private final Clock clock;

	private CaSession(Connection connection, ClientIdentity identity, FleetClientContext context, Clock clock) {
		this.connection = connection;
		this.identity = identity;
		this.context = context;
		this.client = new CaClient(new JsonClient(connection.uri(), context.context()));
		this.clock = clock;
	}

	/** Fetches the CRL from the CA (checking the CA's certificate against the root) and sets up the real context. */
	static CaSession open(Connection connection, ClientIdentity identity, Clock clock) throws ClientException {
		char[] password = identity.password();
		try {
			return new CaSession(connection, identity,
					FleetClientContext.fromCa(connection.uri(), identity.keyStore(), password), clock);
		} catch (PkiException e) {
			throw new ClientException(e.getMessage(), e);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	public Connection connection() {
		return connection;
	}

	/** Whose identity the session presents: the audit log's "who", the CA's idea of the role. */
	public ClientIdentity identity() {
		return identity;
	}

	public X509Certificate root() {
		return context.root();
	}

	/** The newest CRL fetched; the TLS context of every fleet connection checks revocation against it. */
	public X509CRL crl() {
		return context.crl().currentCrl();
	}

	FleetClientContext context() {
		return context;
	}

	public List<CertificateInfo> certificates(IProgressMonitor monitor) throws ClientException {
		return call(monitor, () -> client.list(Optional.empty(), Optional.empty(), Optional.empty()).certificates());
	}

	/** Revokes, then fetches the new CRL so that every check in the console sees the revocation at once. */
	public CertificateInfo revoke(String serial, RevocationReason reason, IProgressMonitor monitor) throws ClientException {
		CertificateInfo revoked = call(monitor, () -> client.revoke(serial, reason));
		refreshCrl(monitor);
		return revoked;
	}

	public X509CRL refreshCrl(IProgressMonitor monitor) throws ClientException {
		return call(monitor, () -> {
			context.refreshCrl(connection.uri());
			return crl();
		});
	}

	private <T> T call(IProgressMonitor monitor, Cancellable.Call<T> call) throws ClientException {
		return ConnectionCalls.call(connection, clock, monitor, call);
	}
}
