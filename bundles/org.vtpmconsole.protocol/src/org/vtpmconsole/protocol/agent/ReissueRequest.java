package org.vtpmconsole.protocol.agent;

/** POST /v1/vms/{uuid}/label/reissue: the new validity window, from now, in days (1 to 3650). */
public record ReissueRequest(Integer days) {
	public static final int MAX_DAYS = 3650;

	public ReissueRequest {
		Fields.required(days, "days");
		if (days < 1 || days > MAX_DAYS) {
			throw new IllegalArgumentException("field 'days' must be 1 to " + MAX_DAYS);
		}
	}
}
