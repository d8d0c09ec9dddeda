package org.vtpmconsole.protocol.agent;

/**
 * One thing that happened on the agent.
 *
 * @param seq    increasing from 1, across agent restarts (the agent keeps its events in its state directory)
 * @param type   {@code vm.created}, {@code vm.started}, {@code vm.stopped}, {@code vm.adopted} (a QEMU that outlived
 *               a killed agent, now without its vTPM), {@code vtpm.admitted}, {@code vtpm.refused},
 *               {@code vtpm.closed}, {@code label.reissued}
 * @param vm     the VM's UUID
 * @param reason for {@code vtpm.refused}: the gateway's reason ({@code UUID_MISMATCH} …); otherwise null
 * @param detail one line for people
 */
public record AgentEvent(Long seq, String time, String type, String vm, String reason, String detail) {
}
