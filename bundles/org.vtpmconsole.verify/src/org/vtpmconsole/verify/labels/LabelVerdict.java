package org.vtpmconsole.verify.labels;

/** The console's verdict on a label: valid only when every check passed; expiring when valid but close to notAfter. */
public enum LabelVerdict {
	VALID, EXPIRING, INVALID
}
