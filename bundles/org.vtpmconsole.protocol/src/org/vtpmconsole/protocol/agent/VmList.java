package org.vtpmconsole.protocol.agent;

import java.util.List;

/** GET /v1/vms: every VM under the agent's VM directory, by UUID. */
public record VmList(List<VmInfo> vms) {
}
