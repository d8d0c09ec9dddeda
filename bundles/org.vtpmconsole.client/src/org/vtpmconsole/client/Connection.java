package org.vtpmconsole.client;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.vtpmconsole.model.Host;

/**
 * One place the console talks to: what it is (kind, name, URL), whose identity it presents (kept in the
 * {@link CredentialStore} under {@link #id()}, never here), what it pinned (fleet root, server certificate) and how
 * it went the last time (state, last good contact, failure reason). Thread-safe: Jobs update it, the UI reads it.
 */
public final class Connection {

	private final String id;
	private final ConnectionKind kind;
	private volatile String name;
	private volatile URI uri;
	private volatile String identityLabel;
	private volatile X509Certificate pinnedRoot;
	private volatile X509Certificate pinnedServerCertificate;
	private volatile byte[] pinnedRsaLocal;

	private ConnectionState state = ConnectionState.UNKNOWN;
	private Instant lastContact;
	private String failureReason;
	private volatile Runnable changed = () -> {
	};

	public Connection(ConnectionKind kind, String name, URI uri) {
		this(UUID.randomUUID().toString(), kind, name, uri);
	}

	Connection(String id, ConnectionKind kind, String name, URI uri) {
		this.id = Objects.requireNonNull(id);
		this.kind = Objects.requireNonNull(kind);
		this.name = Objects.requireNonNull(name);
		this.uri = checkedUri(uri);
	}

	/** Fleet APIs are https with host and port; anything else is refused when it is entered, not when it is used. */
	public static URI checkedUri(URI uri) {
		if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
			throw new IllegalArgumentException("a fleet URL looks like https://host:port, not " + uri);
		}
		return uri;
	}

	/** Stable key of the connection: in the registry file and in secure storage. */
	public String id() {
		return id;
	}

	public ConnectionKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	public void setName(String name) {
		this.name = Objects.requireNonNull(name);
		changed.run();
	}

	public URI uri() {
		return uri;
	}

	public void setUri(URI uri) {
		this.uri = checkedUri(uri);
		changed.run();
	}

	/** What the user picked the identity from (a file name), for display; the identity itself is in secure storage. */
	public Optional<String> identityLabel() {
		return Optional.ofNullable(identityLabel);
	}

	public void setIdentityLabel(String identityLabel) {
		this.identityLabel = identityLabel;
		changed.run();
	}

	public Optional<X509Certificate> pinnedRoot() {
		return Optional.ofNullable(pinnedRoot);
	}

	public Optional<X509Certificate> pinnedServerCertificate() {
		return Optional.ofNullable(pinnedServerCertificate);
	}

	/** What the user accepted; both are public certificates, so they may live in the registry file. */
	void pin(X509Certificate root, X509Certificate serverCertificate) {
		pinnedRoot = root;
		pinnedServerCertificate = serverCertificate;
		changed.run();
	}

	/**
	 * A stand-in to try edited settings on (Test Connection in the properties) without touching this connection:
	 * same kind, name, URL, identity label and pins, but another id and no registry, so its state, a pin the user
	 * accepts while testing and an agent's host, VMs and labels stay out of the console until the edit is applied.
	 */
	public Connection trialCopy() {
		Connection trial = new Connection(kind, name, uri);
		trial.identityLabel = identityLabel;
		trial.pinnedRoot = pinnedRoot;
		trial.pinnedServerCertificate = pinnedServerCertificate;
		trial.pinnedRsaLocal = pinnedRsaLocal;
		return trial;
	}

	/** Takes over what the user trusted while testing a {@link #trialCopy()}: root, server certificate, RSA_local. */
	public void adoptTrust(Connection trial) {
		pinnedRoot = trial.pinnedRoot;
		pinnedServerCertificate = trial.pinnedServerCertificate;
		pinnedRsaLocal = trial.pinnedRsaLocal;
		changed.run();
	}

	/** Forget what was pinned, so the next connect asks the user again (a new identity, another fleet). */
	public void unpin() {
		pin(null, null);
	}

	/**
	 * An agent host's RSA_local public area (TPMT_PUBLIC) as first seen. Trust in the key comes from the host's AIK
	 * certifying it (ui.labels' AikCertifiedLabelTrust); the pin only raises the alarm when the key changes, so a
	 * re-provisioned TPM is noticed and confirmed by the user. Public data, kept in the registry file.
	 */
	public Optional<byte[]> pinnedRsaLocal() {
		return Optional.ofNullable(pinnedRsaLocal).map(byte[]::clone);
	}

	void pinRsaLocal(byte[] publicArea) {
		pinnedRsaLocal = publicArea == null ? null : publicArea.clone();
		changed.run();
	}

	/** Whether this is the agent of that fleet host: the host's address (or, failing that, its name) is the URL's host. */
	public boolean isAgentOf(Host host) {
		String endpoint = uri.getHost();
		return kind == ConnectionKind.AGENT
				&& (endpoint.equalsIgnoreCase(host.getAddress()) || endpoint.equalsIgnoreCase(host.getName()));
	}

	public synchronized ConnectionState state() {
		return state;
	}

	/** The state as the user should see it now: a connection without a good contact for too long is stale. */
	public synchronized ConnectionState state(Instant now, Duration staleAfter) {
		if (state == ConnectionState.CONNECTED && lastContact != null && lastContact.plus(staleAfter).isBefore(now)) {
			return ConnectionState.STALE;
		}
		return state;
	}

	public synchronized Optional<Instant> lastContact() {
		return Optional.ofNullable(lastContact);
	}

	public synchronized Optional<String> failureReason() {
		return Optional.ofNullable(failureReason);
	}

	void markConnecting() {
		synchronized (this) {
			state = ConnectionState.CONNECTING;
		}
		changed.run();
	}

	void markConnected(Instant contact) {
		synchronized (this) {
			state = ConnectionState.CONNECTED;
			lastContact = contact;
			failureReason = null;
		}
		changed.run();
	}

	/** Keeps the last good contact, so "failed, last contact 3 h ago" can be told. */
	void markFailed(String reason) {
		synchronized (this) {
			state = ConnectionState.FAILED;
			failureReason = reason;
		}
		changed.run();
	}

	void onChange(Runnable listener) {
		changed = listener;
	}

	@Override
	public String toString() {
		return kind + " " + name + " (" + uri + ")";
	}
}
