package org.vtpmconsole.agent.api;

import java.util.EnumSet;
import java.util.Set;

import org.vtpmconsole.pki.Role;

/** Who may call what on the agent (docs/api.md): people read, admins change. */
final class Access {
	/** Reads and the agent's own label check. */
	static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.APPROVER, Role.AUDITOR);
	/** Changes to VMs and labels. */
	static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
	/** The CRL, which every fleet endpoint may need before it can check the agent (vtpmctl, other agents). */
	static final Set<Role> FLEET = EnumSet.of(Role.ADMIN, Role.APPROVER, Role.AUDITOR, Role.TLS_SERVER);

	private Access() {
	}
}
