package org.vtpmconsole.protocol.agent;

/**
 * One VM.
 *
 * @param uuid        the VM's UUID
 * @param state       {@code running} or {@code stopped}
 * @param image       its image on the host
 * @param name        the name given at creation ({@link CreateVmRequest#name()}); null when none was given
 * @param accelerator while running, what QEMU reports it uses: {@code kvm} or {@code tcg}; null when stopped
 * @param vtpm        while running, {@code serving} (QEMU was started behind the vTPM gateway) or {@code lost} (a
 *                    QEMU adopted after an agent crash, whose guest has no vTPM until it is stopped and started
 *                    again); null when stopped
 */
public record VmInfo(String uuid, String state, String image, String name, String accelerator, String vtpm) {
	public static final String RUNNING = "running";
	public static final String STOPPED = "stopped";
	public static final String VTPM_SERVING = "serving";
	public static final String VTPM_LOST = "lost";
}
