package org.vtpmconsole.client;

/** The user said no to a root or a changed server certificate: asking again by itself would only nag. */
public final class TrustRefusedException extends ClientException {

	private static final long serialVersionUID = 1L;

	TrustRefusedException(String message) {
		super(message);
	}
}
