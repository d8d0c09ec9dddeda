package org.vtpmconsole.agent.stateblob;

/** A state blob the gateway will not hand to swtpm, with what is wrong with it in words an administrator can act on. */
public final class BlobRefusal extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why, in the order the checks run. */
	public enum Kind {
		/** No sealed-blob header: a plaintext swtpm blob, or bytes of anything else. */
		NOT_SEALED,
		/** The header is not one this gateway writes (version), or the blob is cut short or has bytes added. */
		MALFORMED,
		/** Sealed for another VM. */
		OTHER_VM,
		/** Sealed for another purpose or as another kind of state than the one it is offered as. */
		WRONG_KIND,
		/** The authentication tag does not verify: a byte was changed, or another key sealed it. */
		NOT_AUTHENTIC,
		/** Authentic, but not of a capture the freshness policy accepts (an older one: no silent rollback). */
		NOT_FRESH
	}

	private final Kind kind;

	public BlobRefusal(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public BlobRefusal(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	@Override
	public String toString() {
		return kind + ": " + getMessage();
	}
}
