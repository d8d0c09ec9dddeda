package org.vtpmconsole.protocol.agent;

import org.vtpmconsole.protocol.http.MessageFields;

/** POST /v1/vms/{uuid}/label/reissue: the new validity window, from now, in days (1 to 3650). */
public record ReissueRequest(Integer days) {
	public static final int MAX_DAYS = 3650;

	public ReissueRequest {
		MessageFields.required(days, "days");
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("field 'days' must be 1 to " + MAX_DAYS);
		}
	}
}
