package org.vtpmconsole.protocol.http;

import java.util.Optional;

/**
 * A call to a fleet API that did not succeed: either the server refused it ({@link #status()} and
 * {@link #code()} from its {@link ErrorResponse}) or it never got an answer (connection, TLS handshake, timeout:
 * status 0, code {@code unreachable}).
 */
public final class ApiCallException extends Exception {

	private static final long serialVersionUID = 1L;

	public static final String UNREACHABLE = "unreachable";
	/** The server refused our certificate in the TLS handshake (revoked, expired, not this fleet's): status 0. */
	public static final String CERTIFICATE_REFUSED = "certificate_refused";

	private final int status;
	private final String code;

	ApiCallException(int status, String code, String message, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.code = code;
	}

	/** The HTTP status of a refusal, 0 when no answer came. */
	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	/** The server's refusal, if there was one. */
	public Optional<ErrorResponse> refusal() {
		return status == 0 ? Optional.empty() : Optional.of(new ErrorResponse(status, code, getMessage()));
	}
}
