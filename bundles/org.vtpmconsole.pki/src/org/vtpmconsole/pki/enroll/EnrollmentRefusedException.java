package org.vtpmconsole.pki.enroll;

import org.vtpmconsole.pki.PkiException;

/** The CA refused an enrollment; {@link #reason()} says which check failed, the message says how. */
public final class EnrollmentRefusedException extends PkiException {

	private static final long serialVersionUID = 1L;

	private final EnrollmentRefusal reason;

	public EnrollmentRefusedException(EnrollmentRefusal reason, String message) {
		super(message);
		this.reason = reason;
	}

	public EnrollmentRefusedException(EnrollmentRefusal reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public EnrollmentRefusal reason() {
		return reason;
	}
}
