package org.vtpmconsole.ui.fleet;

/** Event broker topics about the fleet. */
public final class FleetTopics {

	/**
	 * Someone asked to refresh the fleet (F5, Fleet ▸ Refresh, the explorer's toolbar); the data is the
	 * {@link org.vtpmconsole.model.Fleet}. The explorer re-reads the model and re-judges its decorations; the
	 * connection layer re-contacts the CA and the agents, which reload their hosts, VMs and labels.
	 */
	public static final String REFRESH = "org/vtpmconsole/fleet/refresh";

	private FleetTopics() {
	}
}
