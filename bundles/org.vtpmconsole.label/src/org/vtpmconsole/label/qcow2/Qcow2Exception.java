package org.vtpmconsole.label.qcow2;

import java.io.IOException;
import java.nio.file.Path;

/** A qcow2 image the label store cannot or will not touch; the message names the file and the problem. */
public final class Qcow2Exception extends IOException {
	private static final long serialVersionUID = 1L;

	Qcow2Exception(Path image, String problem) {
		super("qcow2 image " + image + ": " + problem);
	}
}
