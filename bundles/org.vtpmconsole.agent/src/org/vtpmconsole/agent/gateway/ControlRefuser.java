package org.vtpmconsole.agent.gateway;

import java.io.IOException;
import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.agent.stateblob.BlobRefusal;
import org.vtpmconsole.agent.swtpm.ControlCommand;
import org.vtpmconsole.agent.swtpm.ControlResponse;
import org.vtpmconsole.agent.swtpm.StateBlob;
import org.vtpmconsole.agent.unix.UnixSocket;

/**
 * Answers a control request of one QEMU process with a failure instead of swtpm, and says why: a warning in the log
 * and the listener ({@link GatewayListener#commandRefused}, {@link GatewayListener#blobRefused}).
 */
final class ControlRefuser {
	private final ILog log = ILog.of(getClass());
	private final UUID vm;
	private final int pid;
	private final GatewayListener listener;
	private final UnixSocket qemu;

	ControlRefuser(UUID vm, int pid, GatewayListener listener, UnixSocket qemu) {
		this.vm = vm;
		this.pid = pid;
		this.listener = listener;
		this.qemu = qemu;
	}

	void refuse(ControlCommand command, String why, int result) throws IOException {
		log.warn("VM " + vm + ": refused " + command + " from QEMU process " + pid + ": " + why);
		listener.commandRefused(vm, pid, command, why);
		qemu.write(ControlResponse.failure(command, result));
	}

	/** A SET_STATEBLOB whose blob does not open: it never reaches swtpm. */
	void refuseBlob(StateBlob type, BlobRefusal refusal, int result) throws IOException {
		log.warn("VM " + vm + ": refused the " + type + " state blob from QEMU process " + pid + " (" + refusal.kind()
				+ "): " + refusal.getMessage());
		listener.blobRefused(vm, pid, refusal);
		qemu.write(ControlResponse.failure(ControlCommand.SET_STATEBLOB, result));
	}
}
