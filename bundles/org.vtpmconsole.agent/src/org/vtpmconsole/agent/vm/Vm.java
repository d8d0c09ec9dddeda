package org.vtpmconsole.agent.vm;

import java.nio.file.Path;
import java.util.UUID;

import org.vtpmconsole.agent.gateway.VtpmBinding;

/**
 * One VM's directory: {@code disk.qcow2} (carrying the label), {@code vtpm/} (the encrypted vTPM state and the
 * state key's check value) and {@code run/} (sockets, pid files and logs of the running VM).
 */
public record Vm(UUID uuid, Path dir) {

	public Vm {
		dir = dir.toAbsolutePath();
	}

	public Path image() {
		return dir.resolve("disk.qcow2");
	}

	public VtpmBinding vtpm() {
		return new VtpmBinding(uuid, dir.resolve("vtpm"), runDir(), image());
	}

	public Path runDir() {
		return dir.resolve("run");
	}
}
