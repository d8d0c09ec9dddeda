package org.vtpmconsole.lab.guest;

import java.util.List;

/** What one shell command printed in the guest and the status it exited with. */
public record GuestCommandResult(String command, int exitStatus, List<String> output) {

	public GuestCommandResult {
		output = List.copyOf(output);
	}

	public boolean succeeded() {
		return exitStatus == 0;
	}

	/** The output as one text, lines joined with '\n'. */
	public String text() {
		return String.join("\n", output);
	}
}
