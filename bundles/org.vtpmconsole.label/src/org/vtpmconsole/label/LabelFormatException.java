package org.vtpmconsole.label;

/**
 * A byte sequence that is not a valid label of format v1, or label values that could not be encoded as one.
 * The message names the field and its byte offset, e.g.
 * {@code label: field 'uuidHash' at offset 39: size 40 overruns the buffer (37 bytes left)}.
 */
public final class LabelFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why a label was refused; the fuzzer counts refusals by kind. */
	public enum Kind {
		TOO_LARGE, OVERRUN, BAD_MAGIC, BAD_VERSION, UNKNOWN_STATUS, UNKNOWN_ALGORITHM, DIGEST_LENGTH, NAME_LENGTH,
		IMPLAUSIBLE_SIZE, TIME_OUT_OF_RANGE, VALIDITY_ORDER, TRAILING_BYTES
	}

	private final Kind kind;
	private final String field;
	private final int offset;

	LabelFormatException(Kind kind, String field, int offset, String problem) {
		super("label: field '" + field + "' at offset " + offset + ": " + problem);
		this.kind = kind;
		this.field = field;
		this.offset = offset;
	}

	public Kind kind() {
		return kind;
	}

	/** The field as named in SPEC §4.2, or {@code label} for the label as a whole. */
	public String field() {
		return field;
	}

	/** Byte offset of the offending field (of its size prefix for TPM2B fields). */
	public int offset() {
		return offset;
	}
}
