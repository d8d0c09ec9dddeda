package org.vtpmconsole.protocol.http;

/**
 * A request the server refuses, with the HTTP status, the error code and a message that is safe to show the
 * client. Handlers throw it; the server turns it into an {@link ErrorResponse}.
 */
public final class ApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;
	private final String code;

	public ApiException(int status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	public static ApiException badRequest(String code, String message) {
		return new ApiException(400, code, message);
	}

	public static ApiException forbidden(String code, String message) {
		return new ApiException(403, code, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(404, "not_found", message);
	}

	public static ApiException conflict(String code, String message) {
		return new ApiException(409, code, message);
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}
}
