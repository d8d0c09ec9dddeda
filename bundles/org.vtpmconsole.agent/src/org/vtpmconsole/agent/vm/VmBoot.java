package org.vtpmconsole.agent.vm;

import java.util.Locale;

/**
 * What a VM boots: {@code firmware} (SeaBIOS alone, no operating system; the default) or {@code guest} (the agent's
 * guest kernel, {@link GuestKernel}, with its console on {@code run/qemu/console.sock}). Chosen at creation and kept in
 * {@code vm.properties}.
 */
public enum VmBoot {
	FIRMWARE, GUEST;

	/** {@code firmware} or {@code guest}, as the API and vm.properties spell it. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static VmBoot parse(String text) {
		for (VmBoot boot : values()) {
			if (boot.apiName().equals(text)) {
				return boot;
			}
		}
		throw new IllegalArgumentException("expected firmware or guest, got '" + text + "'");
	}
}
