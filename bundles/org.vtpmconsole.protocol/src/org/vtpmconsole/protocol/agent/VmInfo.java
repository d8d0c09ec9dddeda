package org.vtpmconsole.protocol.agent;

/** One VM: its UUID, {@code running} or {@code stopped}, and its image on the host. */
public record VmInfo(String uuid, String state, String image) {
	public static final String RUNNING = "running";
	public static final String STOPPED = "stopped";
}
