package org.vtpmconsole.protocol.agent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vtpmconsole.protocol.http.MessageFields;

/**
 * POST /v1/vms: the new VM's disk size as qemu-img reads it, {@code 16M} to {@code 1024G}, and optionally a name for
 * people (1 to 64 letters, digits, {@code .}, {@code _} and {@code -}; it need not be unique, the UUID is the VM's
 * identity), and what it boots: {@code firmware} (the default: SeaBIOS alone) or {@code guest} (the agent's guest
 * kernel, docs/guest.md).
 */
public record CreateVmRequest(String diskSize, String name, String boot) {
	public static final String BOOT_FIRMWARE = "firmware";
	public static final String BOOT_GUEST = "guest";
	private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,6})([MG])");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
	private static final long MIN_MIB = 16;
	private static final long MAX_MIB = 1024 * 1024;

	public CreateVmRequest {
		MessageFields.required(diskSize, "diskSize");
		Matcher size = SIZE.matcher(diskSize);
		if (!size.matches()) {
			throw new IllegalArgumentException("field 'diskSize' must be a whole number of M or G, e.g. 64M or 20G");
		}
		long mib = Long.parseLong(size.group(1)) * ("G".equals(size.group(2)) ? 1024 : 1);
		if (mib < MIN_MIB || mib > MAX_MIB) {
			throw new IllegalArgumentException("field 'diskSize' must be between 16M and 1024G");
		}
		if (name != null && !isValidName(name)) {
			throw new IllegalArgumentException("field 'name' must be 1 to 64 letters, digits, '.', '_' or '-'");
		}
		if (boot != null && !BOOT_FIRMWARE.equals(boot) && !BOOT_GUEST.equals(boot)) {
			throw new IllegalArgumentException("field 'boot' must be 'firmware' or 'guest'");
		}
	}

	/** {@code firmware} unless {@code guest} was asked for. */
	public String bootOrDefault() {
		return boot == null ? BOOT_FIRMWARE : boot;
	}

	/** A VM name as this request accepts it; the agent checks a stored name again when it reads it. */
	public static boolean isValidName(String name) {
		return NAME.matcher(name).matches();
	}
}
