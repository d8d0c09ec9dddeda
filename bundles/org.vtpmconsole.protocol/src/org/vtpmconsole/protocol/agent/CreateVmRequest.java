package org.vtpmconsole.protocol.agent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** POST /v1/vms: the new VM's disk size as qemu-img reads it, {@code 16M} to {@code 1024G}. */
public record CreateVmRequest(String diskSize) {
	private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,6})([MG])");
	private static final long MIN_MIB = 16;
	private static final long MAX_MIB = 1024 * 1024;

	public CreateVmRequest {
		Fields.required(diskSize, "diskSize");
		Matcher size = SIZE.matcher(diskSize);
		if (!size.matches()) {
			throw new IllegalArgumentException("field 'diskSize' must be a whole number of M or G, e.g. 64M or 20G");
		}
		long mib = Long.parseLong(size.group(1)) * ("G".equals(size.group(2)) ? 1024 : 1);
		if (mib < MIN_MIB || mib > MAX_MIB) {
			throw new IllegalArgumentException("field 'diskSize' must be between 16M and 1024G");
		}
	}
}
