package org.vtpmconsole.client;

/**
 * The user's say on whom to trust. The connection layer asks, the UI answers (a dialog with the fingerprints);
 * a headless caller answers from its configuration. Called from a Job's thread: an implementation that needs
 * the UI thread switches to it and waits for the answer.
 */
public interface TrustCallback {

	/** First contact: the identity's fleet root is not pinned for this connection yet. True trusts and pins it. */
	boolean trustRoot(ServerIdentity server);

	/**
	 * The server presents another certificate than at the last contact (a renewal, or someone in between).
	 * Both still chain to the pinned root. True accepts the new one.
	 */
	boolean trustChangedServerCertificate(ServerIdentity previous, ServerIdentity current);
}
