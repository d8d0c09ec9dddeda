package org.vtpmconsole.protocol.agent;

import java.util.List;
import java.util.Map;

/** GET /v1/vms/{uuid}/pcrs: PCRs 0-23 of each bank ({@code sha1}, {@code sha256}), hex, index = PCR number. */
public record PcrBanks(String uuid, Map<String, List<String>> banks) {
}
