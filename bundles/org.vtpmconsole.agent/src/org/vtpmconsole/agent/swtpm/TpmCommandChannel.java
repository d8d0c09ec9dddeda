package org.vtpmconsole.agent.swtpm;

import java.io.IOException;

/** Somewhere a raw TPM command can be sent and its raw response read. */
public interface TpmCommandChannel {

	/** Sends one complete command frame and returns the complete response frame. */
	TpmFrame transact(TpmFrame command) throws IOException;
}
