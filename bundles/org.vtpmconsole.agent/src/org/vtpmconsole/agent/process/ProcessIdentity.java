package org.vtpmconsole.agent.process;

import java.util.List;

/**
 * The unprivileged uid and gid a child of the agent runs under, and its supplementary groups: none, except the group
 * of {@code /dev/kvm} for a QEMU that uses KVM (the device is the kernel's, opened by QEMU itself).
 */
public record ProcessIdentity(int uid, int gid, List<Integer> groups) {

	public ProcessIdentity {
		if (uid <= 0 || gid <= 0) {
			throw new IllegalArgumentException("a child's identity must not be root's: uid " + uid + ", gid " + gid);
		}
		groups = List.copyOf(groups);
	}

	public ProcessIdentity(int uid, int gid) {
		this(uid, gid, List.of());
	}

	/** The same identity with one supplementary group more. */
	public ProcessIdentity withGroup(int group) {
		List<Integer> more = new java.util.ArrayList<>(groups);
		more.add(group);
		return new ProcessIdentity(uid, gid, more);
	}
}
